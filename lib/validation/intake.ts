import { z } from "zod";
import { VISIBILITIES } from "@/lib/entries/labels";
import { BREACH_LABELS, type Breach } from "@/lib/content/readers";
import { addDays, isLocalDate, localDateIn } from "@/lib/check-ins/dates";
import { text, wholeNumber } from "@/lib/validation/form";
import { formatDay } from "@/lib/intl";

// The intake summary for a therapist (issue 23 §4): each partner's own answers, each with its own
// visibility. One schema for the form and the action; an empty answer removes it.

export * from "@/lib/validation/intake-options";
import {
  INTAKE_QUESTIONS,
  type IntakeQuestion,
  INTAKE_DEFAULT_VISIBILITY,
  CONTACT_STATES,
  CONTACT_LABELS,
  STI_STATES,
  STI_LABELS,
  INTAKE_BREACHES,
  INTAKE_LABELS,
  INTAKE_DURATION_MAX,
  INTAKE_WHO_KNOWS_MAX,
  INTAKE_HOPES_MAX,
} from "@/lib/validation/intake-options";

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

export function isIntakeQuestion(value: string): value is IntakeQuestion {
  return (INTAKE_QUESTIONS as readonly string[]).includes(value);
}
