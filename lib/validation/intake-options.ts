// The intake summary for a therapist: the choices, labels, limits and messages its forms show and its checks enforce, in a
// module without zod, so client forms can import them without loading the validation library
// (the schemas are in lib/validation/intake.ts, which passes these on).
import type { Visibility } from "@/lib/entries/labels";
import type { Breach } from "@/lib/content/readers";

/** The questions, in the order the form and the therapist view show them. */
export const INTAKE_QUESTIONS = ["discoveredOn", "breach", "duration", "contact", "stiTests", "whoKnows", "commitment", "hopes"] as const;
export type IntakeQuestion = (typeof INTAKE_QUESTIONS)[number];

/** Asked only when the couple has said an affair happened (GUIDANCE: affair-specific steps only then). */
export const AFFAIR_ONLY_QUESTIONS: readonly IntakeQuestion[] = ["contact", "stiTests"];

/** Facts default to "partner and therapist"; how committed you feel and what you hope for stay yours until you choose. */
export const INTAKE_DEFAULT_VISIBILITY: Record<IntakeQuestion, Visibility> = {
  discoveredOn: "therapist",
  breach: "therapist",
  duration: "therapist",
  contact: "therapist",
  stiTests: "therapist",
  whoKnows: "therapist",
  commitment: "private",
  hopes: "private",
};

export const CONTACT_STATES = ["ended", "ongoing", "unavoidable"] as const;
export const CONTACT_LABELS: Record<(typeof CONTACT_STATES)[number], string> = {
  ended: "Contact has ended",
  ongoing: "Contact is still going on",
  unavoidable: "Contact can't be avoided (work, family, school)",
};
export const STI_STATES = ["done", "pending", "not-needed"] as const;
export const STI_LABELS: Record<(typeof STI_STATES)[number], string> = {
  done: "Tests done",
  pending: "Tests booked or waiting for results",
  "not-needed": "Not needed",
};
/** Intake's own breach list: "rather not say" is leaving the question empty. */
export const INTAKE_BREACHES = [
  "affair-physical",
  "affair-emotional",
  "affair-online",
  "money",
  "lies",
] as const satisfies readonly Exclude<Breach, "unsaid">[];

export const INTAKE_LABELS: Record<IntakeQuestion, { label: string; hint?: string }> = {
  discoveredOn: { label: "When it came to light", hint: "The day you found out, or told. Leave it empty if you'd rather not say." },
  breach: { label: "What kind of breach it was" },
  duration: { label: "How long it went on", hint: "In your own words, for example “about eight months”." },
  contact: { label: "Contact with the affair partner" },
  stiTests: { label: "Tests for sexually transmitted infections" },
  whoKnows: { label: "Who else knows", hint: "Family, friends, colleagues, children: whoever you'd want a therapist to know about." },
  commitment: { label: "How committed you feel to the relationship right now", hint: "0 is not at all, 10 is fully. It can change." },
  hopes: { label: "What you hope for", hint: "From the work ahead, from your partner, from a therapist." },
};

export const INTAKE_DURATION_MAX = 200;
export const INTAKE_WHO_KNOWS_MAX = 1000;
export const INTAKE_HOPES_MAX = 2000;

/** The visibility words of entries and check-ins, said for the intake. */
export const INTAKE_VISIBILITY_HINTS: Record<Visibility, string> = {
  private: "Only you. Your partner and any therapist link never see it.",
  partner: "You and your partner.",
  therapist: "You, your partner, and therapist links that include the intake summary.",
};
