// Daily check-ins: the choices, labels, limits and messages its forms show and its checks enforce, in a
// module without zod, so client forms can import them without loading the validation library
// (the schemas are in lib/validation/check-in.ts, which passes these on).

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

export const FUTURE_DATE_ERROR = "That day hasn't come yet where you are.";
export const OLD_DATE_ERROR = "A check-in can be added or changed for today and yesterday only.";
