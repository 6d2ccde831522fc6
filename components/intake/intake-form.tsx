"use client";

import { useActionForm } from "@/components/ui/use-action";
import { FormError, InputField, SubmitRow, TextareaField } from "@/components/ui/field";
import { RadioCardsFieldset } from "@/components/ui/radio-cards";
import { saveIntakeAction } from "@/app/(app)/app/settings/intake/actions";
import { VISIBILITIES, VISIBILITY_LABELS, type Visibility } from "@/lib/entries/labels";
import { BREACH_LABELS } from "@/lib/content/readers";
import {
  CONTACT_LABELS,
  CONTACT_STATES,
  INTAKE_BREACHES,
  INTAKE_DEFAULT_VISIBILITY,
  INTAKE_DURATION_MAX,
  INTAKE_HOPES_MAX,
  INTAKE_LABELS,
  INTAKE_VISIBILITY_HINTS,
  INTAKE_WHO_KNOWS_MAX,
  STI_LABELS,
  STI_STATES,
  type IntakeQuestion,
} from "@/lib/validation/intake";

export type IntakeFormValues = Partial<Record<IntakeQuestion, { value: string; visibility: Visibility }>>;

const SKIP = { value: "", label: "Rather not say" };
const SCORES = Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }));

/** The partner's own intake: each answer, then who may see it. Empty answers are simply not shared. */
export function IntakeForm({ values, affair }: { values: IntakeFormValues; affair: boolean }) {
  const { pending, onSubmit, fieldErrors: errors, formError, saved, onEdit } = useActionForm<{ changed: number }>(saveIntakeAction);
  const value = (q: IntakeQuestion) => values[q]?.value ?? "";

  const question = (q: IntakeQuestion, field: React.ReactNode) => (
    <section aria-labelledby={`intake-${q}`} className="space-y-3 rounded-xl border border-line bg-white p-4" data-testid={`intake-${q}`}>
      <h3 id={`intake-${q}`} className="font-semibold">
        {INTAKE_LABELS[q].label}
      </h3>
      {field}
      <RadioCardsFieldset
        legend="Who can see this answer?"
        name={`${q}Visibility`}
        defaultValue={values[q]?.visibility ?? INTAKE_DEFAULT_VISIBILITY[q]}
        errors={errors[`${q}Visibility`]}
        options={VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v].label, title: INTAKE_VISIBILITY_HINTS[v] }))}
      />
    </section>
  );
  const choices = (q: IntakeQuestion, options: { value: string; label: string }[]) =>
    question(
      q,
      <RadioCardsFieldset
        legend="Your answer"
        name={q}
        defaultValue={value(q)}
        errors={errors[q]}
        options={[...options, SKIP]}
        className="mt-2 flex flex-wrap gap-2"
      />,
    );

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
      {question(
        "discoveredOn",
        <InputField
          label="The day"
          hint={INTAKE_LABELS.discoveredOn.hint}
          type="date"
          name="discoveredOn"
          defaultValue={value("discoveredOn")}
          errors={errors.discoveredOn}
          className="max-w-xs"
        />,
      )}
      {choices(
        "breach",
        INTAKE_BREACHES.map((b) => ({ value: b, label: BREACH_LABELS[b] })),
      )}
      {question(
        "duration",
        <InputField
          label="In your words"
          hint={INTAKE_LABELS.duration.hint}
          name="duration"
          defaultValue={value("duration")}
          maxLength={INTAKE_DURATION_MAX}
          errors={errors.duration}
        />,
      )}
      {affair &&
        choices(
          "contact",
          CONTACT_STATES.map((c) => ({ value: c, label: CONTACT_LABELS[c] })),
        )}
      {affair &&
        choices(
          "stiTests",
          STI_STATES.map((s) => ({ value: s, label: STI_LABELS[s] })),
        )}
      {question(
        "whoKnows",
        <TextareaField
          label="In your words"
          hint={INTAKE_LABELS.whoKnows.hint}
          name="whoKnows"
          defaultValue={value("whoKnows")}
          maxLength={INTAKE_WHO_KNOWS_MAX}
          errors={errors.whoKnows}
          className="[&_textarea]:min-h-20"
        />,
      )}
      {question(
        "commitment",
        <RadioCardsFieldset
          legend="Your answer, from 0 to 10"
          hint={INTAKE_LABELS.commitment.hint}
          name="commitment"
          defaultValue={value("commitment")}
          errors={errors.commitment}
          options={[...SCORES, SKIP]}
        />,
      )}
      {question(
        "hopes",
        <TextareaField
          label="In your words"
          hint={INTAKE_LABELS.hopes.hint}
          name="hopes"
          defaultValue={value("hopes")}
          maxLength={INTAKE_HOPES_MAX}
          errors={errors.hopes}
          className="[&_textarea]:min-h-24"
        />,
      )}
      <SubmitRow pending={pending} label="Save my answers" status={saved && "Saved."} statusTestId="intake-status" />
    </form>
  );
}
