"use client";

import { useActionForm } from "@/components/ui/use-action";
import { FormError, InputField, SubmitRow, TextareaField } from "@/components/ui/field";
import { RadioCardsFieldset } from "@/components/ui/radio-cards";
import { saveIntakeAction } from "@/app/(app)/app/settings/intake/actions";
import { VISIBILITIES, VISIBILITY_LABELS, type Visibility } from "@/lib/entries/labels";
import { BREACH_LABELS } from "@/lib/content/readers";
import {
  AFFAIR_ONLY_QUESTIONS,
  CONTACT_LABELS,
  CONTACT_STATES,
  INTAKE_BREACHES,
  INTAKE_DEFAULT_VISIBILITY,
  INTAKE_DURATION_MAX,
  INTAKE_HOPES_MAX,
  INTAKE_LABELS,
  INTAKE_QUESTIONS,
  INTAKE_VISIBILITY_HINTS,
  INTAKE_WHO_KNOWS_MAX,
  STI_LABELS,
  STI_STATES,
  type IntakeQuestion,
} from "@/lib/validation/intake-options";

export type IntakeFormValues = Partial<Record<IntakeQuestion, { value: string; visibility: Visibility }>>;

type Option = { value: string; label: string };

const SKIP = { value: "", label: "Rather not say" };
const SCORES = Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }));
const options = <T extends string>(values: readonly T[], labels: Record<NoInfer<T>, string>): Option[] =>
  values.map((value) => ({ value, label: labels[value] }));
const VISIBILITY_OPTIONS = VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v].label, title: INTAKE_VISIBILITY_HINTS[v] }));

/** How each question is answered: a day, one of some choices ("rather not say" added), or in your own words. */
type Answer =
  | { kind: "day" }
  | { kind: "choice"; options: Option[]; legend?: string }
  | {
      kind: "words";
      max: number;
      /** A box of several lines, by the class that sets its height; without it, a single line. */
      box?: string;
    };

const ANSWERS: Record<IntakeQuestion, Answer> = {
  discoveredOn: { kind: "day" },
  breach: { kind: "choice", options: options(INTAKE_BREACHES, BREACH_LABELS) },
  duration: { kind: "words", max: INTAKE_DURATION_MAX },
  contact: { kind: "choice", options: options(CONTACT_STATES, CONTACT_LABELS) },
  stiTests: { kind: "choice", options: options(STI_STATES, STI_LABELS) },
  whoKnows: { kind: "words", max: INTAKE_WHO_KNOWS_MAX, box: "[&_textarea]:min-h-20" },
  commitment: { kind: "choice", options: SCORES, legend: "Your answer, from 0 to 10" },
  hopes: { kind: "words", max: INTAKE_HOPES_MAX, box: "[&_textarea]:min-h-24" },
};

/** The partner's own intake: each answer, then who may see it. Empty answers are simply not shared. */
export function IntakeForm({ values, affair }: { values: IntakeFormValues; affair: boolean }) {
  const { pending, onSubmit, fieldErrors: errors, formError, saved, onEdit } = useActionForm<{ changed: number }>(saveIntakeAction);
  const questions = INTAKE_QUESTIONS.filter((q) => affair || !AFFAIR_ONLY_QUESTIONS.includes(q));

  const answer = (q: IntakeQuestion) => {
    const a = ANSWERS[q];
    const field = { name: q, hint: INTAKE_LABELS[q].hint, defaultValue: values[q]?.value ?? "", errors: errors[q] };
    if (a.kind === "day") return <InputField label="The day" type="date" className="max-w-xs" {...field} />;
    if (a.kind === "choice") return <RadioCardsFieldset legend={a.legend ?? "Your answer"} options={[...a.options, SKIP]} {...field} />;
    if (a.box) return <TextareaField label="In your words" maxLength={a.max} className={a.box} {...field} />;
    return <InputField label="In your words" maxLength={a.max} {...field} />;
  };

  return (
    <form onSubmit={onSubmit} onChange={onEdit} className="space-y-4" data-testid="intake-form" noValidate>
      <FormError message={formError} />
      {/* The three choices, explained once where a phone can read them (a title tooltip never shows on touch). */}
      <dl
        className="grid gap-1 rounded-xl border border-line bg-white p-4 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4"
        data-testid="visibility-key"
      >
        {VISIBILITIES.map((v) => (
          <div key={v} className="contents">
            <dt className="font-medium">{VISIBILITY_LABELS[v].label}</dt>
            <dd className="mb-2 text-muted sm:mb-0">{INTAKE_VISIBILITY_HINTS[v]}</dd>
          </div>
        ))}
      </dl>
      {questions.map((q) => (
        <section
          key={q}
          aria-labelledby={`intake-${q}`}
          className="space-y-3 rounded-xl border border-line bg-white p-4"
          data-testid={`intake-${q}`}
        >
          <h3 id={`intake-${q}`} className="font-semibold">
            {INTAKE_LABELS[q].label}
          </h3>
          {answer(q)}
          <RadioCardsFieldset
            legend="Who can see this answer?"
            name={`${q}Visibility`}
            defaultValue={values[q]?.visibility ?? INTAKE_DEFAULT_VISIBILITY[q]}
            errors={errors[`${q}Visibility`]}
            options={VISIBILITY_OPTIONS}
          />
        </section>
      ))}
      <SubmitRow pending={pending} label="Save my answers" status={saved && "Saved."} statusTestId="intake-status" />
    </form>
  );
}
