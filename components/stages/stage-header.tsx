import { EarlierPartnerNote } from "@/components/couples/earlier-partner-note";
import { NotSureLink } from "@/components/safety/not-sure-link";
import type { Stage } from "@/lib/content/schema";
import { stageHas } from "@/lib/content/stage-features";
import { AUDIENCE_LABELS } from "@/lib/entries/labels";

/** A stage's number, title and purpose, with the notes this reader needs before anything else. */
export function StageHeader({ stage, sharedSince }: { stage: Stage; sharedSince?: Date | null }) {
  return (
    <header>
      <p className="text-sm font-medium text-brand-700">
        Stage {stage.number} of 9 · mainly for {AUDIENCE_LABELS[stage.mainlyFor]}
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold sm:text-4xl">{stage.title}</h1>
      <p className="mt-2 max-w-prose text-lg text-muted">{stage.purpose}</p>
      <EarlierPartnerNote sharedSince={sharedSince} className="mt-3" />
      {stageHas(stage.slug, "not-sure") && (
        <p className="mt-2 text-sm">
          <NotSureLink />
        </p>
      )}
    </header>
  );
}
