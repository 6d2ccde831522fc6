// Responses to an entry: the answers its form offers and its check accepts, in a module without zod,
// so client forms can import them without loading the validation library (the schemas are in
// lib/validation/entry.ts, which passes these on).

export const RESPONSE_VERDICTS = ["heard", "not-yet"] as const;
export type Verdict = (typeof RESPONSE_VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = { heard: "I feel heard", "not-yet": "Not yet" };
