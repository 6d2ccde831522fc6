import { renderMarkdown } from "@/lib/content/markdown";
import { SIDE_SECTION_HEADINGS, type SideSection } from "@/lib/content/readers";

// A stage body is Markdown with two conventions, so writers need nothing but headings:
//   "## If you were hurt" and "## If you broke trust" hold each side's section (both required);
//   "### If it was an affair: <title>" starts a block shown only when the breach is an affair.
//     It runs to the next "##" or "###" heading, so an affair block never swallows general text.
// Everything before the first side section is the shared introduction, everything after the last
// one the shared close.

export type ContentBlock = { html: string; onlyFor?: "affair" };
export type StageBody = { intro: ContentBlock[]; hurt: ContentBlock[]; involved: ContentBlock[]; outro: ContentBlock[] };

const AFFAIR_PREFIX = "If it was an affair:";

export class SectionError extends Error {}

type Part = keyof StageBody;

/** Splits a stage's Markdown into shared, side and affair-only blocks; throws a SectionError that says what is wrong. */
export function parseStageBody(markdown: string): StageBody {
  const lines = markdown.split("\n");
  const chunks: Record<Part, { onlyFor?: "affair"; lines: string[] }[]> = { intro: [], hurt: [], involved: [], outro: [] };
  let part: Part = "intro";
  const seen = new Set<SideSection>();
  let fenced = false;
  let current = { lines: [] as string[] } as { onlyFor?: "affair"; lines: string[] };
  chunks.intro.push(current);
  const start = (into: Part, onlyFor?: "affair", heading?: string) => {
    current = onlyFor ? { onlyFor, lines: heading ? [heading] : [] } : { lines: heading ? [heading] : [] };
    chunks[into].push(current);
  };

  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const h2 = !fenced && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    const h3 = !fenced && /^###\s+(.+?)\s*#*\s*$/.exec(line);
    if (h2) {
      const title = h2[1]!;
      const side = (Object.keys(SIDE_SECTION_HEADINGS) as SideSection[]).find((s) => SIDE_SECTION_HEADINGS[s] === title);
      if (side) {
        if (seen.has(side)) throw new SectionError(`"## ${title}" appears twice`);
        if (part === "outro") throw new SectionError(`"## ${title}" must follow the other side's section directly`);
        seen.add(side);
        part = side;
        // The side heading itself is drawn by the page, so it can sit in a summary when folded.
        start(part);
        continue;
      }
      if (/^if you (were|broke)/i.test(title))
        throw new SectionError(`"## ${title}" looks like a side section; use exactly "## If you were hurt" or "## If you broke trust"`);
      // A shared heading after a side section closes the sides; a side section after it is refused above.
      if (part === "hurt" || part === "involved") part = "outro";
      start(part, undefined, line);
      continue;
    }
    if (h3) {
      const title = h3[1]!;
      if (title.startsWith(AFFAIR_PREFIX)) {
        if (title.slice(AFFAIR_PREFIX.length).trim().length < 3) throw new SectionError(`"### ${title}" needs a title after the colon`);
        start(part, "affair", line);
        continue;
      }
      if (/^if it was an? /i.test(title)) throw new SectionError(`"### ${title}": only "### ${AFFAIR_PREFIX} <title>" is understood`);
      // Any other h3 ends an affair block and carries on with general text.
      if (current.onlyFor) {
        start(part, undefined, line);
        continue;
      }
    }
    current.lines.push(line);
  }

  for (const side of ["hurt", "involved"] as const) {
    if (!seen.has(side)) throw new SectionError(`the body needs a "## ${SIDE_SECTION_HEADINGS[side]}" section`);
  }
  const render = (list: { onlyFor?: "affair"; lines: string[] }[]): ContentBlock[] =>
    list
      .filter((c) => c.lines.join("").trim())
      .map((c) =>
        c.onlyFor ? { onlyFor: c.onlyFor, html: renderMarkdown(c.lines.join("\n")) } : { html: renderMarkdown(c.lines.join("\n")) },
      );
  const body = { intro: render(chunks.intro), hurt: render(chunks.hurt), involved: render(chunks.involved), outro: render(chunks.outro) };
  for (const side of ["hurt", "involved"] as const) {
    if (!body[side].some((b) => !b.onlyFor)) throw new SectionError(`"## ${SIDE_SECTION_HEADINGS[side]}" has no text for every reader`);
  }
  return body;
}

/** The blocks this reader sees: affair-only ones only when the couple has said an affair happened. */
export function visibleBlocks(blocks: ContentBlock[], affair: boolean): ContentBlock[] {
  return blocks.filter((b) => !b.onlyFor || affair);
}
