"use client";

import { JointWork } from "@/components/safety/joint-work";
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
import { AGREEMENT_REASON_MAX } from "@/lib/validation/agreement-options";

/** Accept or decline (with a reason) a version the partner proposed. */
function AnswerProposalControls({ id, version }: { id: string; version: number }) {
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

/** Joint work: a calm line in its place while joint exercises are paused. */
export function AnswerProposal(props: { id: string; version: number }) {
  return (
    <JointWork>
      <AnswerProposalControls {...props} />
    </JointWork>
  );
}

function RequestRetirementControls({ id }: { id: string }) {
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

/** Joint work: a calm line in its place while joint exercises are paused. */
export function RequestRetirement(props: { id: string }) {
  return (
    <JointWork>
      <RequestRetirementControls {...props} />
    </JointWork>
  );
}

function AnswerRetirementControls({ id }: { id: string }) {
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

/** Joint work: a calm line in its place while joint exercises are paused. */
export function AnswerRetirement(props: { id: string }) {
  return (
    <JointWork>
      <AnswerRetirementControls {...props} />
    </JointWork>
  );
}

function ReaffirmControls({ id }: { id: string }) {
  const reaffirm = useActionButton(reaffirmAgreementAction);
  return (
    <div>
      <Button onClick={() => reaffirm.run({ id })} disabled={reaffirm.pending}>
        Keep it as it is
      </Button>
      <InlineError message={reaffirm.error} />
    </div>
  );
}

/** Joint work: a calm line in its place while joint exercises are paused. */
export function Reaffirm(props: { id: string }) {
  return (
    <JointWork>
      <ReaffirmControls {...props} />
    </JointWork>
  );
}
