import { z } from "zod";
import { VISIBILITIES, type Visibility } from "@/lib/entries/labels";
import { BREACH_LABELS, type Breach } from "@/lib/content/readers";
import { addDays, isLocalDate, localDateIn } from "@/lib/check-ins/dates";
import { text, wholeNumber } from "@/lib/validation/form";
import { formatDay } from "@/lib/intl";

// The intake summary for a therapist (issue 23 §4): each partner's own answers, each with its own
// visibility. One schema for the form and the action; an empty answer removes it.

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

const DAY_ERROR = "Enter the date as a real day, for example 2026-03-14.";
const empty = z.literal("");
const visibility = (question: IntakeQuestion) =>
  z.enum(VISIBILITIES, { error: "Choose who can see this answer." }).default(INTAKE_DEFAULT_VISIBILITY[question]);
const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.union([empty, z.enum(values)], { error: message }).default("");

export const intakeSchema = z.object({
  discoveredOn: z
    .string({ error: DAY_ERROR })
    .refine((day) => day === "" || (isLocalDate(day) && day >= "1900-01-01"), { error: DAY_ERROR, abort: true })
    // One day of slack covers the time zones ahead of UTC.
    .refine((day) => day === "" || day <= addDays(localDateIn("UTC"), 1), "The day it came to light can't be in the future.")
    .default(""),
  discoveredOnVisibility: visibility("discoveredOn"),
  breach: choice(INTAKE_BREACHES, "Choose one of the kinds listed, or leave it empty."),
  breachVisibility: visibility("breach"),
  duration: text(INTAKE_LABELS.duration.label, { min: 0, max: INTAKE_DURATION_MAX }).default(""),
  durationVisibility: visibility("duration"),
  contact: choice(CONTACT_STATES, "Choose one of the three, or leave it empty."),
  contactVisibility: visibility("contact"),
  stiTests: choice(STI_STATES, "Choose one of the three, or leave it empty."),
  stiTestsVisibility: visibility("stiTests"),
  whoKnows: text(INTAKE_LABELS.whoKnows.label, { min: 0, max: INTAKE_WHO_KNOWS_MAX }).default(""),
  whoKnowsVisibility: visibility("whoKnows"),
  commitment: z
    .union([empty, wholeNumber("Choose a number from 0 to 10.", { min: 0, max: 10 })], { error: "Choose a number from 0 to 10." })
    .default("")
    .transform((n) => (n === "" ? "" : String(n))),
  commitmentVisibility: visibility("commitment"),
  hopes: text(INTAKE_LABELS.hopes.label, { min: 0, max: INTAKE_HOPES_MAX }).default(""),
  hopesVisibility: visibility("hopes"),
});
export type IntakeInput = z.output<typeof intakeSchema>;

/** How a stored answer reads: the label of a choice, the number of a score, the text itself. */
export function intakeValueLabel(question: IntakeQuestion, value: string): string {
  if (question === "breach") return BREACH_LABELS[value as Breach] ?? value;
  if (question === "contact") return CONTACT_LABELS[value as keyof typeof CONTACT_LABELS] ?? value;
  if (question === "stiTests") return STI_LABELS[value as keyof typeof STI_LABELS] ?? value;
  if (question === "commitment") return `${value} of 10`;
  if (question === "discoveredOn") return formatDay(value);
  return value;
}

/** The visibility words of entries and check-ins, said for the intake. */
export const INTAKE_VISIBILITY_HINTS: Record<Visibility, string> = {
  private: "Only you. Your partner and any therapist link never see it.",
  partner: "You and your partner.",
  therapist: "You, your partner, and therapist links that include the intake summary.",
};

export function isIntakeQuestion(value: string): value is IntakeQuestion {
  return (INTAKE_QUESTIONS as readonly string[]).includes(value);
}
