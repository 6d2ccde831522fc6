// The trigger log (stage 3): the choices, labels, limits and messages its forms show and its checks enforce, in a
// module without zod, so client forms can import them without loading the validation library
// (the schemas are in lib/validation/trigger.ts, which passes these on).

export const TRIGGER_WHAT_MAX = 300;
export const TRIGGER_NOTE_MAX = 2000;
export const TRIGGER_REPLY_MAX = 1000;
export const TRIGGER_PLAN_MAX = 2000;
export const INTENSITIES = [1, 2, 3, 4, 5] as const;
export const INTENSITY_LABELS: Record<number, string> = {
  1: "1 · a flicker",
  2: "2 · noticeable",
  3: "3 · hard",
  4: "4 · very hard",
  5: "5 · it took over",
};

export const TRIGGER_NOT_FOUND = "That trigger doesn't exist in your workspace.";
export const INTENSITY_ERROR = "Choose how strong it was, from 1 to 5.";
