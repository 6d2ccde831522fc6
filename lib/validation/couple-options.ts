// The sides a partner can say they are on, as the forms offer them and the checks accept them, in a
// module without zod, so client forms can import them without loading the validation library
// (the schemas are in lib/validation/couple.ts, which passes these on).

export const SIDES = ["unsaid", "hurt", "involved", "both"] as const;
export type Side = (typeof SIDES)[number];

export const SIDE_LABELS: Record<Side, string> = {
  unsaid: "I'd rather not say",
  hurt: "I was hurt by what happened",
  involved: "I broke the trust",
  both: "Both of us were hurt and both broke trust",
};
