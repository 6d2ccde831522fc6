import Link from "next/link";
import { STAGE_SLUGS, getStage } from "@/lib/content/stages";

/** Under every stage: where its ideas come from, and the way to the stages either side. */
export function StageFooter({ slug }: { slug: string }) {
  const index = STAGE_SLUGS.indexOf(slug as (typeof STAGE_SLUGS)[number]);
  const prev = getStage(STAGE_SLUGS[index - 1] ?? "");
  const next = getStage(STAGE_SLUGS[index + 1] ?? "");
  return (
    <>
      <p className="border-t border-line pt-6 text-sm text-muted">
        <Link href="/app/references" className="text-brand-700 underline">
          Where these ideas come from
        </Link>
        : the research and the honest limits behind the nine stages.
      </p>

      <nav aria-label="Stages" className="flex flex-wrap justify-between gap-3 text-sm">
        {prev ? (
          <Link className="text-brand-700 underline" href={`/app/stages/${prev.slug}`}>
            ← Stage {prev.number}: {prev.title}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link className="text-brand-700 underline" href={`/app/stages/${next.slug}`}>
            Stage {next.number}: {next.title} →
          </Link>
        )}
      </nav>
    </>
  );
}
