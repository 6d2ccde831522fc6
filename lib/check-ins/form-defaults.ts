import type { CheckInDefaults } from "@/components/check-ins/check-in-form";
import type { Visibility } from "@/lib/entries/labels";
import type { Mood } from "@/lib/validation/check-in";

type StoredCheckIn = { trust: number; closeness: number; mood: string; note: string; noteVisibility: string; revision: number };

/** The check-in form's starting values: the day's stored check-in, or an empty form. */
export function checkInDefaults(c: StoredCheckIn | null): CheckInDefaults {
  return c
    ? {
        trust: c.trust,
        closeness: c.closeness,
        mood: c.mood as Mood,
        note: c.note,
        noteVisibility: c.noteVisibility as Visibility,
        revision: c.revision,
      }
    : null;
}
