import { z } from "zod";
import { VISIBILITIES } from "@/lib/entries/labels";
import { isLocalDate, isValidTimeZone } from "@/lib/checkins/dates";
import { text } from "@/lib/validation/form";

// Daily check-ins and their settings: one schema per input, shared by the forms and the actions.

export const MOODS = ["calm", "hopeful", "okay", "tired", "anxious", "sad", "hurt", "angry", "numb"] as const;
export type Mood = (typeof MOODS)[number];
export const MOOD_LABELS: Record<Mood, string> = {
  calm: "Calm",
  hopeful: "Hopeful",
  okay: "Okay",
  tired: "Tired",
  anxious: "Anxious",
  sad: "Sad",
  hurt: "Hurt",
  angry: "Angry",
  numb: "Numb",
};

export const NOTE_MAX = 2000;
/** How many days back a check-in may still be added or changed: today and yesterday. */
export const EDIT_WINDOW_DAYS = 1;
export const TIMELINE_WEEKS = [2, 8, 26] as const;
export type TimelineWeeks = (typeof TIMELINE_WEEKS)[number];

export const TIME_ZONE_ERROR = "Choose a time zone from the list.";
export const FUTURE_DATE_ERROR = "That day hasn't come yet where you are.";
export const OLD_DATE_ERROR = "A check-in can be added or changed for today and yesterday only.";

const score = (label: string) =>
  z
    .string({ error: `Choose ${label} from 0 to 10.` })
    .regex(/^\d{1,2}$/, `Choose ${label} from 0 to 10.`)
    .transform(Number)
    .pipe(z.number().int().min(0, `Choose ${label} from 0 to 10.`).max(10, `Choose ${label} from 0 to 10.`));

export const timeZoneField = z.string({ error: TIME_ZONE_ERROR }).refine(isValidTimeZone, TIME_ZONE_ERROR);

export const checkInSchema = z.object({
  localDate: z.string({ error: "Choose the day this check-in is for." }).refine(isLocalDate, "Choose the day this check-in is for."),
  trust: score("a trust score"),
  closeness: score("a closeness score"),
  mood: z.enum(MOODS, { error: "Choose a mood from the list." }),
  note: z.union([z.literal(""), text("Your note", { max: NOTE_MAX })]).default(""),
  noteVisibility: z.enum(VISIBILITIES, { error: "Choose who can see your note." }).default("private"),
  /** The browser's time zone: stored on a partner's first check-in if none is stored yet. */
  timeZone: z.union([z.literal(""), timeZoneField]).optional(),
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
  reminderHour: z
    .string({ error: "Choose an hour." })
    .regex(/^\d{1,2}$/, "Choose an hour.")
    .transform(Number)
    .pipe(z.number().int().min(0, "Choose an hour.").max(23, "Choose an hour.")),
});
export type CheckInPrefsInput = z.output<typeof checkInPrefsSchema>;

export const weeksParam = (value: unknown): TimelineWeeks => {
  const n = Number(value);
  return (TIMELINE_WEEKS as readonly number[]).includes(n) ? (n as TimelineWeeks) : 8;
};
