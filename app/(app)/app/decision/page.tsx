import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { NotSureLink } from "@/components/safety/not-sure-link";
import { StepBackLinks } from "@/components/safety/step-back-links";
import { textLinkClass } from "@/components/ui/text-link";
import { StageGuidance } from "@/components/stages/stage-guidance";
import { ToolSection } from "@/components/stages/tools/tool-section";
import { requirePartner } from "@/lib/server/access";
import { getCouple } from "@/lib/server/couples/couple";
import { listStageEntries } from "@/lib/server/entries/read";
import { entriesOf } from "@/lib/server/entries/serialize";
import { guideBody } from "@/lib/content/guides";
import { getStage } from "@/lib/content/stages";
import { KINDS, toolsOf } from "@/lib/entries/kinds";
import { LAST_STAGE_SLUG } from "@/lib/server/maintenance/maintenance";

export const metadata: Metadata = { title: "Deciding what comes next" };

/**
 * The decision point (issue 23 §3): staying and keeping building, or parting well, told with equal
 * respect, and a place to write that only its author reads. Opening the page records nothing; there
 * is no choice to mark and nothing that counts or waits on one.
 */
export default async function DecisionPage() {
  const ctx = await requirePartner();
  // The notes are stored with the last stage, the end of the journey, and written only here.
  const stage = getStage(LAST_STAGE_SLUG)!;
  const [couple, entries] = await Promise.all([getCouple(ctx), listStageEntries(ctx, stage.slug)]);
  const tool = toolsOf(stage.slug).find((t) => t.kind === KINDS["decision-notes"].kind)!;
  // Only ever the reader's own: the read allows nothing else for a private entry; said twice on purpose.
  const notes = entriesOf(entries, "decision-notes").filter((e) => e.authorId === ctx.userId);

  return (
    <div className="space-y-8">
      <Breadcrumbs current="Deciding what comes next" />
      <header>
        <p className="text-sm font-medium text-brand-700">Staying or parting</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold sm:text-4xl">Deciding what comes next</h1>
        <p className="mt-2 max-w-prose text-lg text-muted">
          Stay together and keep building, or part well. Each of you makes this decision for yourself, whenever you are ready. This page
          helps you make it with what you know.
        </p>
        <p className="mt-3 max-w-prose text-sm" data-testid="records-nothing">
          Mend doesn&apos;t record that you opened this page or what you decide. The only thing kept is what you choose to write in{" "}
          <a href="#notes" className={textLinkClass()}>
            your private notes
          </a>
          , and only you can read them.
        </p>
        <p className="mt-2 text-sm">
          <NotSureLink />
        </p>
      </header>

      <div className="space-y-4">
        <StageGuidance body={guideBody("decision")} side={ctx.side} breach={couple.breach} />
        <StepBackLinks />
      </div>

      <section aria-labelledby="notes-heading" className="scroll-mt-6 space-y-3" id="notes">
        <h2 id="notes-heading" className="font-serif text-2xl font-semibold">
          Thinking it through in writing
        </h2>
        <p className="max-w-prose text-sm text-muted">
          Writing down what you know, what you need and what you fear can make a foggy choice clearer. There is nothing you have to write.
        </p>
        <ToolSection stage={stage} tool={tool} entries={notes} viewerId={ctx.userId} />
      </section>
    </div>
  );
}
