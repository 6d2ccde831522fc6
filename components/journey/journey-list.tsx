import Link from "next/link";
import type { Stage } from "@/lib/content/schema";
import type { StageProgressView } from "@/lib/server/journey/progress";
import { JOINT_LABELS } from "@/lib/journey/joint-state";
import { MOVE_ON_LABELS, mayHoldMoveOn } from "@/lib/journey/move-on";
import type { Side } from "@/lib/validation/couple";
import { UserText } from "@/components/ui/user-text";

type Props = {
  stages: Stage[];
  progress: StageProgressView[];
  counts: { stageSlug: string; authorId: string; count: number }[];
  me: { userId: string; side: Side };
  partner: { userId: string; name: string; side: Side } | null;
  suggestedSlug?: string;
};

function countOf(counts: Props["counts"], slug: string, userId: string | undefined) {
  return counts.find((c) => c.stageSlug === slug && c.authorId === userId)?.count ?? 0;
}

/**
 * The nine stages as a path: each partner's part and the joint state. Stage 8 has no joint state:
 * its mark is the hurt partner's own choice to move on, shown only to them (decision 012).
 */
export function JourneyList({ stages, progress, counts, me, partner, suggestedSlug }: Props) {
  const holdsMoveOn = mayHoldMoveOn(me.side, partner?.side ?? null);
  return (
    <ol
      className="relative space-y-3 before:absolute before:left-5 before:top-2 before:bottom-2 before:w-px before:bg-line"
      aria-label="The nine stages"
    >
      {stages.map((stage) => {
        const p = progress.find((x) => x.slug === stage.slug)!;
        const meDone = p.doneBy.some((d) => d.userId === me.userId);
        const partnerDone = Boolean(partner && p.doneBy.some((d) => d.userId === partner.userId));
        const mineCount = countOf(counts, stage.slug, me.userId);
        const theirCount = countOf(counts, stage.slug, partner?.userId);
        const label =
          p.joint !== null
            ? JOINT_LABELS[p.joint]
            : !holdsMoveOn
              ? MOVE_ON_LABELS.partner
              : meDone
                ? MOVE_ON_LABELS.chosen
                : MOVE_ON_LABELS.open;
        // Stage 8 says whose choice it is, never "done" or "open" for anyone.
        const state = (done: boolean) => (p.joint === null ? "" : done ? "done · " : "open · ");
        return (
          <li key={stage.slug} className="relative pl-12" data-stage={stage.slug}>
            <span
              aria-hidden
              className={
                "absolute left-0 top-3 flex size-10 items-center justify-center rounded-full border text-sm font-semibold " +
                (p.joint === "done-together" ? "border-brand-700 bg-brand-700 text-white" : "border-line bg-white text-brand-800")
              }
            >
              {p.joint === "done-together" ? "✓" : stage.number}
            </span>
            <Link
              href={`/app/stages/${stage.slug}`}
              className={
                "block rounded-2xl border bg-white p-4 transition-colors hover:border-brand-600 " +
                (stage.slug === suggestedSlug ? "border-brand-600 ring-2 ring-brand-600/20" : "border-line")
              }
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-semibold">
                  <span className="sr-only">Stage {stage.number}: </span>
                  {stage.title}
                </p>
                <span data-testid="joint-state" className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-800">
                  {label}
                </span>
              </div>
              <p className="mt-1 text-sm text-muted">{stage.purpose}</p>
              <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
                <span>
                  You: {state(meDone)}
                  {mineCount} {mineCount === 1 ? "entry" : "entries"}
                </span>
                {partner && (
                  <span>
                    <UserText>{partner.name}</UserText>: {state(partnerDone)}
                    {theirCount} shared
                  </span>
                )}
              </p>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
