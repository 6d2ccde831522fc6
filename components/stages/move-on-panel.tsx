"use client";

import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { useActionButton } from "@/components/ui/use-action";
import { UserText } from "@/components/ui/user-text";
import { MOVE_ON_SLUG } from "@/lib/journey/move-on";
import { markStageDoneAction, reopenStageAction } from "@/app/(app)/app/stages/actions";

/**
 * Stage 8 for the partner who holds the choice to move on (decision 012): in place of the joint
 * "mark my part done", a mark only they set or clear. Nothing waits on it and nothing counts it.
 */
export function MoveOnPanel({ chosenAt }: { chosenAt: Date | null }) {
  const mark = useActionButton(markStageDoneAction);
  const clear = useActionButton(reopenStageAction);
  const pending = mark.pending || clear.pending;
  return (
    <section aria-labelledby="move-on-heading" className="rounded-2xl border border-line bg-white p-5" data-testid="move-on-panel">
      <h2 id="move-on-heading" className="font-semibold">
        Your choice to move on
      </h2>
      <p className="mt-2 max-w-prose text-sm">
        This mark is yours alone: only you can set it or clear it. There is no timetable. Not marking it, for now or for good, is an answer
        too, and so is acceptance without forgiveness. Moving on means the past no longer runs your days; it says nothing about whether you
        stay together.
      </p>
      <p className="mt-3 text-sm" data-testid="move-on-state">
        {chosenAt ? (
          <>
            On <LocalTime iso={chosenAt.toISOString()} format="date" /> you marked that you choose to move on.
          </>
        ) : (
          "Nothing is marked."
        )}
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        {chosenAt ? (
          <Button variant="secondary" disabled={pending} onClick={() => clear.run({ slug: MOVE_ON_SLUG })}>
            Clear my choice
          </Button>
        ) : (
          <Button disabled={pending} onClick={() => mark.run({ slug: MOVE_ON_SLUG })}>
            Mark that I choose to move on
          </Button>
        )}
      </div>
      <InlineError className="mt-2" message={mark.error ?? clear.error} />
      <p className="mt-3 text-xs text-muted">
        Your partner sees that this choice is yours, not whether you have made it; tell them yourself if and when you want to. A therapist
        link you make that shows progress shows whether it is marked.
      </p>
    </section>
  );
}

/** Stage 8 for the other partner: the choice is theirs to make, and nothing here asks anything of it. */
export function MoveOnNotYours({ partnerName }: { partnerName: string | null }) {
  return (
    <p className="rounded-2xl border border-line bg-white p-5 text-sm" data-testid="move-on-not-yours">
      Whether and when to move on is {partnerName ? <UserText>{partnerName}</UserText> : "your partner"}&apos;s choice alone. There is
      nothing for you to mark here.
    </p>
  );
}
