"use client";

import { withJointWork } from "@/components/safety/with-joint-work";
import { useActionForm } from "@/components/ui/use-action";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { AnswerButtons } from "@/components/ui/answer-buttons";
import { FormError, TextareaField } from "@/components/ui/field";
import { VERDICT_LABELS } from "@/lib/validation/entry-options";
import { respondAction } from "@/app/(app)/app/stages/actions";
import { RESPONSE_QUESTIONS_MAX } from "@/lib/validation/limits";

const VERDICTS = [
  { value: "heard", label: VERDICT_LABELS.heard },
  { value: "not-yet", label: VERDICT_LABELS["not-yet"] },
] as const;

/** The other partner's answer to an accountability statement. */
function ResponseFormControls({ entryId }: { entryId: string }) {
  const { state, pending, onSubmit, fieldErrors: errors, formError } = useActionForm(respondAction);
  const [open, setOpen] = useState(false);
  if (state?.ok)
    return (
      <p role="status" className="mt-3 text-sm text-brand-700">
        Your response was shared.
      </p>
    );
  return (
    <div className="mt-4 border-t border-line pt-3">
      {!open ? (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          Respond to this
        </Button>
      ) : (
        <form onSubmit={onSubmit} className="space-y-3">
          <input type="hidden" name="entryId" value={entryId} />
          <FormError message={formError} />
          <TextareaField
            label="Questions or what you still need (optional)"
            name="questions"
            maxLength={RESPONSE_QUESTIONS_MAX}
            errors={errors.questions}
            hint="Say what landed and what didn't. Only the two of you see responses, never a therapist link."
          />
          <AnswerButtons name="verdict" answers={VERDICTS} pending={pending} className="gap-2" />
        </form>
      )}
    </div>
  );
}

export const ResponseForm = withJointWork(ResponseFormControls);
