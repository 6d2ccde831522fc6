import { z } from "zod";
import { VISIBILITIES } from "@/lib/entries/labels";
import { calendarDay, reportedTimeZone, text, timeZoneField, wholeNumber } from "@/lib/validation/form";

// Daily check-ins and their settings: one schema per input, shared by the forms and the actions.

export * from "@/lib/validation/check-in-options";
import { MOODS, NOTE_MAX, TIMELINE_WEEKS, type TimelineWeeks } from "@/lib/validation/check-in-options";

const score = (label: string) => wholeNumber(`Choose ${label} from 0 to 10.`, { min: 0, max: 10 });

export const checkInSchema = z.object({
  localDate: calendarDay("Choose the day this check-in is for."),
  trust: score("a trust score"),
  closeness: score("a closeness score"),
  mood: z.enum(MOODS, { error: "Choose a mood from the list." }),
  note: z.union([z.literal(""), text("Your note", { max: NOTE_MAX })]).default(""),
  noteVisibility: z.enum(VISIBILITIES, { error: "Choose who can see your note." }).default("private"),
  /** The browser's time zone: stored on a partner's first check-in if none is stored yet. */
  timeZone: reportedTimeZone.optional(),
  /** The revision of today's check-in the form was showing (0: none), to tell a save that replaced another. */
  seenRevision: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .optional()
    .catch(undefined),
});
export type CheckInInput = z.output<typeof checkInSchema>;

const checkbox = z
  .enum(["true", "on"], { error: "Send a tick or nothing." })
  .optional()
  .transform((value) => value !== undefined);

export const checkInPrefsSchema = z.object({
  timeZone: timeZoneField,
  scoresPrivate: checkbox,
  reminderEmail: checkbox,
  reminderHour: wholeNumber("Choose an hour.", { min: 0, max: 23 }),
});
export type CheckInPrefsInput = z.output<typeof checkInPrefsSchema>;

/** The timeline's span from the query string; anything but one of the listed spans, in plain digits, shows 8 weeks. */
/** The range a link asked for; null when it asked for none (or nothing valid): the reader's default then. */
export const weeksParam = (value: unknown): TimelineWeeks | null => {
  const n = typeof value === "string" && /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  return (TIMELINE_WEEKS as readonly number[]).includes(n) ? (n as TimelineWeeks) : null;
};
