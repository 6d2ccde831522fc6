"use client";

import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { useActionButton } from "@/components/ui/use-action";
import { UserText } from "@/components/ui/user-text";
import { JOINT_LABELS, type JointState } from "@/lib/journey/joint-state";
import { markStageDoneAction, reopenStageAction } from "@/app/(app)/app/stages/actions";

type Props = {
  slug: string;
  meDone: boolean;
  partnerName: string | null;
  partnerDone: boolean;
  joint: JointState;
};

/** Each partner marks their own part; the stage is done together only when both have. */
export function ProgressPanel({ slug, meDone, partnerName, partnerDone, joint }: Props) {
  const mark = useActionButton(markStageDoneAction);
  const reopen = useActionButton(reopenStageAction);
  const pending = mark.pending || reopen.pending;
  return (
    <section aria-labelledby="progress-heading" className="rounded-2xl border border-line bg-white p-5" data-testid="progress-panel">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="progress-heading" className="font-semibold">
          Where you both are
        </h2>
        <span
          data-testid="joint-state"
          className={
            joint === "done-together"
              ? "rounded-full bg-brand-700 px-3 py-1 text-sm font-medium text-white"
              : "rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800"
          }
        >
          {JOINT_LABELS[joint]}
        </span>
      </div>
      <ul className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
        <li>
          You: <strong>{meDone ? "your part is done" : "still working on it"}</strong>
        </li>
        <li>
          {partnerName ? <UserText>{partnerName}</UserText> : "Your partner"}:{" "}
          <strong>{partnerName ? (partnerDone ? "their part is done" : "still working on it") : "not joined yet"}</strong>
        </li>
      </ul>
      <div className="mt-4 flex flex-wrap gap-2">
        {!meDone && (
          <Button disabled={pending} onClick={() => mark.run({ slug })}>
            Mark my part done
          </Button>
        )}
        {(meDone || partnerDone) && (
          <Button variant="secondary" disabled={pending} onClick={() => reopen.run({ slug })}>
            Reopen this stage
          </Button>
        )}
      </div>
      <InlineError className="mt-2" message={mark.error ?? reopen.error} />
      <p className="mt-3 text-xs text-muted">
        Marking done is a way of saying “I've done what I can here for now”. Either of you can reopen a stage at any time; it clears both
        marks.
      </p>
    </section>
  );
}
