import { UserText } from "@/components/ui/user-text";
import { JOINT_STAGE_COUNT } from "@/lib/journey/move-on";
import type { StageProgressView } from "@/lib/server/journey/progress";

/** The dashboard's heading: the couple's name, and how many of the stages they mark together are done. */
export function CoupleHeading({ name, progress }: { name: string; progress: StageProgressView[] }) {
  // Stage 8 is never counted: its mark is the hurt partner's own choice, not joint progress (decision 012).
  const togetherCount = progress.filter((p) => p.joint === "done-together").length;
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">
        <UserText>{name}</UserText>
      </h1>
      <p className="mt-1 text-muted">
        {togetherCount === 0
          ? "Take it one step at a time. Nothing here has a deadline."
          : `${togetherCount} of the ${JOINT_STAGE_COUNT} stages you mark together ${togetherCount === 1 ? "is" : "are"} done. Reopen any of them whenever you need to.`}
      </p>
    </div>
  );
}
