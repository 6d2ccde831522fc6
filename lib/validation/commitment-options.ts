// Commitments (stage 4): the choices, labels, limits and messages its forms show and its checks enforce, in a
// module without zod, so client forms can import them without loading the validation library
// (the schemas are in lib/validation/commitment.ts, which passes these on).

export const CADENCES = ["once", "daily", "weekly", "as-needed"] as const;
export type Cadence = (typeof CADENCES)[number];
export const CADENCE_LABELS: Record<Cadence, string> = { once: "Once", daily: "Daily", weekly: "Weekly", "as-needed": "When it comes up" };

export const COMMITMENT_WHAT_MAX = 200;
export const COMMITMENT_NOTE_MAX = 1000;
