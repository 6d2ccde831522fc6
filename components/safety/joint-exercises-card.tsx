import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { PauseJointButton, ResumeJointButton } from "@/components/safety/pause-buttons";
import type { MyPause } from "@/lib/server/safety/read";
import { JOINT_PAUSED } from "@/lib/validation/safety";

/** Whether joint exercises are open, the caller's own pause if any, and pausing or resuming them. */
export function JointExercisesCard({ paused, own }: { paused: boolean; own: MyPause | null }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">Joint exercises</h2>
      <p className="mt-1 text-sm" data-testid="joint-state">
        {paused ? JOINT_PAUSED : "Joint exercises are open."}
      </p>
      {own?.reason === "safety" && (
        <p className="mt-3 text-sm text-muted" data-testid="my-pause">
          You paused them after your safety check, <LocalTime iso={own.since.toISOString()} format="date" />. Your pause lifts when you take
          the check again and none of your answers calls for a pause. Elsewhere in Mend, both of you see only the line above.
        </p>
      )}
      {own?.reason === "chosen" ? (
        <div className="mt-3">
          <p className="mb-2 text-sm text-muted" data-testid="my-pause">
            You paused them. Joint work opens again once no pause is left.
          </p>
          <ResumeJointButton />
        </div>
      ) : !own ? (
        <div className="mt-3">
          <p className="mb-2 text-sm text-muted">
            Either of you can pause joint exercises at any time, without giving a reason. Your partner, and a therapist you shared a link
            with, see that they are paused, not why. Your partner will probably know it was you.
          </p>
          <PauseJointButton />
        </div>
      ) : null}
    </Card>
  );
}
