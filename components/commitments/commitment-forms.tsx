"use client";

import { withJointWork } from "@/components/safety/with-joint-work";
import { useState } from "react";
import { useActionForm } from "@/components/ui/use-action";
import { useClearingForm } from "@/components/ui/use-clearing-form";
import { Button } from "@/components/ui/button";
import { AnswerButtons } from "@/components/ui/answer-buttons";
import { TimeZoneInput } from "@/components/ui/time-zone-input";
import { FieldShell, FormError, InputField, TextareaField, inputClass } from "@/components/ui/field";
import { createCommitmentAction, logCommitmentAction, reviewCommitmentLogAction } from "@/app/(app)/app/commitments/actions";
import { CADENCES, CADENCE_LABELS, COMMITMENT_NOTE_MAX, COMMITMENT_WHAT_MAX } from "@/lib/validation/commitment-options";

export function NewCommitmentForm() {
  const { formRef, pending, onSubmit, fieldErrors: errors, formError } = useClearingForm<unknown>(createCommitmentAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" data-testid="commitment-form">
      {/* The owner's calendar decides what "today" and "this week" mean for their logs. */}
      <TimeZoneInput errors={errors.timeZone} />
      <FormError message={formError} />
      <InputField
        label="What I commit to"
        name="what"
        hint="Small and specific: “I text if I'll be more than 15 minutes late.”"
        maxLength={COMMITMENT_WHAT_MAX}
        errors={errors.what}
      />
      <FieldShell label="How often it applies" errors={errors.cadence}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            name="cadence"
            defaultValue="daily"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          >
            {CADENCES.map((c) => (
              <option key={c} value={c}>
                {CADENCE_LABELS[c]}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <Button type="submit" disabled={pending}>
        Make this commitment
      </Button>
    </form>
  );
}

/** A line or two on one logged occasion: the owner's own note, or what their partner saw differently. */
function OccasionNoteField(props: { label: string; hint?: string; errors?: string[] }) {
  return <TextareaField name="note" maxLength={COMMITMENT_NOTE_MAX} className="[&_textarea]:min-h-16" {...props} />;
}

const OUTCOMES = [
  { value: "kept", label: "I kept it" },
  { value: "missed", label: "I missed it this time" },
] as const;

export function LogForm({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  const {
    pending,
    onSubmit,
    fieldErrors: errors,
    formError,
  } = useActionForm<unknown>(logCommitmentAction, { onSuccess: () => setOpen(false) });
  return (
    <div>
      <Button variant="secondary" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        Log an occasion
      </Button>
      {open && (
        <form onSubmit={onSubmit} className="mt-3 space-y-3">
          <input type="hidden" name="id" value={id} />
          <FormError message={formError} />
          <OccasionNoteField label="A note (optional)" errors={errors.note} />
          <AnswerButtons name="outcome" answers={OUTCOMES} pending={pending} className="gap-3" />
        </form>
      )}
    </div>
  );
}

function ReviewFormControls({ id }: { id: string }) {
  const [disputing, setDisputing] = useState(false);
  const { pending, onSubmit, fieldErrors: errors, formError } = useActionForm<unknown>(reviewCommitmentLogAction);
  return (
    <form onSubmit={onSubmit} className="mt-2 space-y-2">
      <input type="hidden" name="id" value={id} />
      <FormError message={formError ?? errors.id?.[0] ?? errors.verdict?.[0]} />
      {disputing && (
        <OccasionNoteField
          label="What did you see differently?"
          hint="Say it as you'd say it face to face; it's a starting point for talking it over."
          errors={errors.note}
        />
      )}
      <div className="flex flex-wrap gap-2">
        {!disputing && (
          <Button type="submit" name="verdict" value="confirmed" disabled={pending}>
            Confirm
          </Button>
        )}
        {disputing ? (
          <Button type="submit" name="verdict" value="disputed" variant="secondary" disabled={pending}>
            Share this with them
          </Button>
        ) : (
          <Button variant="ghost" onClick={() => setDisputing(true)}>
            I saw it differently…
          </Button>
        )}
      </div>
    </form>
  );
}

export const ReviewForm = withJointWork(ReviewFormControls);
