import { cn } from "@/components/ui/cn";
import { LocalTime } from "@/components/ui/local-time";
import { UserText } from "@/components/ui/user-text";
import type { TherapistView } from "@/lib/server/share/therapist-view";
import { THERAPIST_JOINT_LABELS, type JointState } from "@/lib/journey/joint-state";
import { JOINT_STAGE_COUNT, THERAPIST_MOVE_ON_LABELS } from "@/lib/journey/move-on";

const JOINT_STYLES: Record<JointState, string> = {
  "done-together": "bg-brand-100 text-brand-800",
  "one-done": "bg-warm-100 text-warm-700",
  open: "bg-stone-100 text-stone-700",
};

/**
 * Each partner's and the joint progress through the stages they mark together. Stage 8 is no joint
 * work: it says only whether the hurt partner's choice to move on was made (decision 012).
 */
export function TherapistJourney({
  progress,
  partners,
}: {
  progress: NonNullable<TherapistView["progress"]>;
  partners: TherapistView["partners"];
}) {
  return (
    <div className="space-y-5">
      <dl className="grid gap-3 sm:grid-cols-3">
        {progress.donePerPartner.map((p) => (
          <Stat key={p.userId} label={p.name} value={p.count} />
        ))}
        {partners.length > 1 && <Stat label="Together" value={progress.doneTogether} />}
      </dl>
      <ol className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-white" aria-label="The nine stages">
        {progress.stages.map((stage) => (
          <li key={stage.slug} className="print-break-avoid flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:gap-4">
            <div className="flex min-w-0 flex-1 items-baseline gap-3">
              <span className="w-5 shrink-0 text-right font-serif text-lg font-semibold text-brand-700" aria-hidden>
                {stage.number}
              </span>
              <div className="min-w-0">
                <p className="font-medium">
                  <span className="sr-only">Stage {stage.number}: </span>
                  {stage.title}
                </p>
                {stage.joint === null ? (
                  <p className="mt-1 text-sm text-muted">A choice only the partner who was hurt can mark. It is not joint work.</p>
                ) : (
                  <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
                    {partners.map((partner) => {
                      const done = stage.doneBy.find((d) => d.userId === partner.userId);
                      return (
                        <li key={partner.userId}>
                          {done ? (
                            <>
                              <span aria-hidden className="text-brand-700">
                                ✓{" "}
                              </span>
                              <UserText>{partner.name}</UserText> marked it done <LocalTime iso={done.doneAt.toISOString()} format="date" />
                            </>
                          ) : (
                            <>
                              <UserText>{partner.name}</UserText>: not yet
                            </>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </div>
            </div>
            <span
              className={cn(
                "ml-8 self-start rounded-full px-2.5 py-0.5 text-xs font-medium sm:ml-0 sm:self-center",
                stage.joint === null ? JOINT_STYLES.open : JOINT_STYLES[stage.joint],
              )}
              data-testid="therapist-stage-state"
            >
              {stage.joint === null ? THERAPIST_MOVE_ON_LABELS[stage.choice ?? "unshown"] : THERAPIST_JOINT_LABELS[stage.joint]}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-2xl border border-line bg-white px-4 py-3">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-0.5 font-serif text-2xl font-semibold">
        {value} <span className="font-sans text-sm font-normal text-muted">of {JOINT_STAGE_COUNT} joint stages marked</span>
      </dd>
    </div>
  );
}
