"use client";

import { JointWork } from "@/components/safety/joint-work";
import { useRef, useState } from "react";
import { useActionForm } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { FieldShell, FormError, InlineError, InputField, TextareaField, inputClass } from "@/components/ui/field";
import { createCommitmentAction, logCommitmentAction, reviewCommitmentLogAction } from "@/app/(app)/app/commitments/actions";
import { CADENCES, CADENCE_LABELS, COMMITMENT_NOTE_MAX, COMMITMENT_WHAT_MAX } from "@/lib/validation/commitment";

export function NewCommitmentForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const {
    pending,
    onSubmit,
    fieldErrors: errors,
    formError,
  } = useActionForm<unknown>(createCommitmentAction, { onSuccess: () => formRef.current?.reset() });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" data-testid="commitment-form">
      {/* The owner's calendar decides what "today" and "this week" mean for their logs. */}
      <input
        type="hidden"
        name="timeZone"
        value={typeof Intl === "undefined" ? "UTC" : Intl.DateTimeFormat().resolvedOptions().timeZone}
        suppressHydrationWarning
      />
      {errors.timeZone?.[0] && <InlineError message={errors.timeZone[0]} />}
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
          <TextareaField
            label="A note (optional)"
            name="note"
            maxLength={COMMITMENT_NOTE_MAX}
            errors={errors.note}
            className="[&_textarea]:min-h-16"
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" name="outcome" value="kept" disabled={pending}>
              I kept it
            </Button>
            <Button type="submit" name="outcome" value="missed" variant="secondary" disabled={pending}>
              I missed it this time
            </Button>
          </div>
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
        <TextareaField
          label="What did you see differently?"
          name="note"
          hint="Say it as you'd say it face to face; it's a starting point for talking it over."
          maxLength={COMMITMENT_NOTE_MAX}
          errors={errors.note}
          className="[&_textarea]:min-h-16"
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

/** Joint work: a calm line in its place while joint exercises are paused. */
export function ReviewForm(props: { id: string }) {
  return (
    <JointWork>
      <ReviewFormControls {...props} />
    </JointWork>
  );
}
