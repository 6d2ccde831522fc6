import { ProgressPanel } from "@/components/stages/progress-panel";
import { MoveOnNotYours, MoveOnPanel } from "@/components/stages/move-on-panel";
import { isJointStage, mayHoldMoveOn } from "@/lib/journey/move-on";
import type { Member } from "@/lib/server/couples/couple";
import type { StageProgressView } from "@/lib/server/journey/progress";

type Props = {
  /** This stage's progress as the reader sees it. */
  mine: StageProgressView;
  me: Member;
  partner: Member | null;
};

/** How this reader marks the stage: their part of the joint progress, or on stage 8 the choice to move on. */
export function StageProgress({ mine, me, partner }: Props) {
  return mine.joint !== null ? (
    <ProgressPanel
      slug={mine.slug}
      meDone={mine.doneBy.some((d) => d.userId === me.userId)}
      partnerName={partner?.name ?? null}
      partnerDone={Boolean(partner && mine.doneBy.some((d) => d.userId === partner.userId))}
      joint={mine.joint}
    />
  ) : !isJointStage(mine.slug) && mayHoldMoveOn(me.side, partner?.side ?? null) ? (
    // Stage 8: the choice to move on belongs to the partner who was hurt (decision 012).
    <MoveOnPanel chosenAt={mine.doneBy.find((d) => d.userId === me.userId)?.doneAt ?? null} />
  ) : (
    <MoveOnNotYours partnerName={partner?.name ?? null} />
  );
}
