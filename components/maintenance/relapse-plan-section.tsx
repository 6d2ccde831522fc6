import { ToolSection } from "@/components/stages/tools/tool-section";
import type { Stage } from "@/lib/content/schema";
import { entriesOf, type EntryView } from "@/lib/server/entries/serialize";
import { KINDS, toolsOf } from "@/lib/entries/kinds";

/** Each partner's own relapse-prevention plan: the last stage's tool, on this page. */
export function RelapsePlanSection({ stage, entries, viewerId }: { stage: Stage; entries: EntryView[]; viewerId: string }) {
  const tool = toolsOf(stage.slug).find((t) => t.kind === KINDS["relapse-plan"].kind)!;
  const plans = entriesOf(entries, "relapse-plan");
  return (
    <section aria-labelledby="plan-heading" className="space-y-3" id="relapse-plan">
      <h2 id="plan-heading" className="font-serif text-2xl font-semibold">
        Your relapse-prevention plan
      </h2>
      <p className="max-w-prose text-sm text-muted">
        Each of you writes your own, about yourself, never about your partner. Who can read it is yours to choose: only you, you and your
        partner, or your partner and a therapist link.
      </p>
      <ToolSection stage={stage} tool={tool} entries={plans} viewerId={viewerId} />
    </section>
  );
}
