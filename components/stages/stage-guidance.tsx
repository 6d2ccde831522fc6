import type { ContentBlock, StageBody } from "@/lib/content/sections";
import { visibleBlocks } from "@/lib/content/sections";
import { SIDE_SECTION_HEADINGS, isAffair, sideSectionsFor, type Breach, type SideSection } from "@/lib/content/readers";
import type { Side } from "@/lib/validation/couple";

type Props = {
  body: StageBody;
  side: Side;
  /** The workspace's kind of breach. Until the couple has said an affair happened, affair-only text stays hidden. */
  breach?: Breach | null;
};

/**
 * A stage's text as this reader needs it: the shared introduction, their own side's section, the
 * other side's folded under "What your partner is reading" (both open for "both" and "rather not
 * say"), then the shared close.
 */
export function StageGuidance({ body, side, breach }: Props) {
  const affair = isAffair(breach);
  const { first, second, foldSecond } = sideSectionsFor(side);
  return (
    <div className="space-y-6" data-testid="stage-guidance">
      <Blocks blocks={visibleBlocks(body.intro, affair)} />
      <SideSectionView section={first} blocks={visibleBlocks(body[first], affair)} />
      {foldSecond ? (
        <details className="max-w-prose rounded-xl border border-line bg-paper/60 p-4" data-side-section={second} data-folded="">
          <summary className="cursor-pointer font-medium">What your partner is reading</summary>
          <p className="mt-2 text-sm text-muted">
            This part is written for your partner. It is here so nothing is hidden from you, not as a list to hold them to.
          </p>
          <SideSectionView section={second} blocks={visibleBlocks(body[second], affair)} folded />
        </details>
      ) : (
        <SideSectionView section={second} blocks={visibleBlocks(body[second], affair)} />
      )}
      <Blocks blocks={visibleBlocks(body.outro, affair)} />
    </div>
  );
}

function SideSectionView({ section, blocks, folded = false }: { section: SideSection; blocks: ContentBlock[]; folded?: boolean }) {
  const headingId = `side-${section}`;
  return (
    <section
      aria-labelledby={headingId}
      className={folded ? "mt-4" : "max-w-prose border-l-4 border-brand-700/40 pl-4"}
      data-side-section={folded ? undefined : section}
    >
      <h2 id={headingId} className="mb-2 font-serif text-xl font-semibold">
        {SIDE_SECTION_HEADINGS[section]}
      </h2>
      <Blocks blocks={blocks} />
    </section>
  );
}

function Blocks({ blocks }: { blocks: ContentBlock[] }) {
  return blocks.map((block, i) => (
    <div
      key={i}
      className={block.onlyFor ? "prose-mend mt-4 max-w-prose rounded-xl bg-white p-4" : "prose-mend max-w-prose"}
      data-only-for={block.onlyFor}
      dangerouslySetInnerHTML={{ __html: block.html }}
    />
  ));
}
