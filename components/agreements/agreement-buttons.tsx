"use client";

import { useState } from "react";
import { useActionButton, useActionForm } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { FormError, InlineError, TextareaField } from "@/components/ui/field";
import {
  acceptVersionAction,
  agreeRetirementAction,
  declineVersionAction,
  keepAgreementAction,
  reaffirmAgreementAction,
  requestRetirementAction,
} from "@/app/(app)/app/agreements/actions";
import { AGREEMENT_REASON_MAX } from "@/lib/validation/agreement";

/** Accept or decline (with a reason) a version the partner proposed. */
export function AnswerProposal({ id, version }: { id: string; version: number }) {
  const accept = useActionButton(acceptVersionAction);
  const [declining, setDeclining] = useState(false);
  const decline = useActionForm(declineVersionAction);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => accept.run({ id, version: String(version) })} disabled={accept.pending}>
          {accept.pending ? "Accepting…" : "Accept"}
        </Button>
        <Button variant="secondary" onClick={() => setDeclining((d) => !d)} aria-expanded={declining}>
          Decline…
        </Button>
      </div>
      <InlineError message={accept.error} />
      {declining && (
        <form onSubmit={decline.onSubmit} className="space-y-3">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <FormError message={decline.formError} />
          <TextareaField
            label="Why not, for now"
            name="reason"
            hint="Your partner reads this. What would need to change for you to say yes?"
            maxLength={AGREEMENT_REASON_MAX}
            errors={decline.fieldErrors.reason}
          />
          <Button type="submit" variant="secondary" disabled={decline.pending}>
            Decline with this reason
          </Button>
        </form>
      )}
    </div>
  );
}

export function RequestRetirement({ id }: { id: string }) {
  const retire = useActionButton(requestRetirementAction);
  return (
    <div>
      <Button variant="secondary" onClick={() => retire.run({ id })} disabled={retire.pending}>
        Propose retiring it
      </Button>
      <InlineError message={retire.error} />
    </div>
  );
}

export function AnswerRetirement({ id }: { id: string }) {
  const agree = useActionButton(agreeRetirementAction);
  const keep = useActionButton(keepAgreementAction);
  return (
    <div>
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => agree.run({ id })} disabled={agree.pending}>
          Agree to retire it
        </Button>
        <Button variant="secondary" onClick={() => keep.run({ id })} disabled={keep.pending}>
          Keep it for now
        </Button>
      </div>
      <InlineError message={agree.error ?? keep.error} />
    </div>
  );
}

export function Reaffirm({ id }: { id: string }) {
  const reaffirm = useActionButton(reaffirmAgreementAction);
  return (
    <div>
      <Button onClick={() => reaffirm.run({ id })} disabled={reaffirm.pending}>
        Reaffirm it
      </Button>
      <InlineError message={reaffirm.error} />
    </div>
  );
}
