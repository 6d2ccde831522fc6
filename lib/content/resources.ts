import "server-only";
import { env } from "@/lib/server/env";
import { renderMarkdown } from "@/lib/content/markdown";
import { DEFAULT_RESOURCES_FILE, checkedLabel, loadResources, type ResourceRegion } from "@/lib/content/resources.mjs";

// The support lines shown on the safety pages: a practice's file (MEND_RESOURCES_FILE) or Mend's
// own. The start script has already refused a bad file; reading it again here, once per process,
// goes through the same checks.

/** An entry as shown: its check date already in words ("checked December 2026"). */
export type SupportLine = { name: string; kind: ResourceRegion["entries"][number]["kind"]; contact: string; checked: string };
export type SupportRegion = { name: string; entries: SupportLine[] };
export type SupportLines = { regions: SupportRegion[]; html: string };

let cached: SupportLines | undefined;

export function supportLines(): SupportLines {
  if (!cached) {
    const { regions, body } = loadResources(env().resourcesFile ?? DEFAULT_RESOURCES_FILE);
    cached = {
      regions: regions.map((r) => ({ name: r.name, entries: r.entries.map((e) => ({ ...e, checked: checkedLabel(e.checked) })) })),
      html: renderMarkdown(body),
    };
  }
  return cached;
}

/** The crisis lines only, by region: shown first to someone at risk of harming themselves. */
export function crisisLines(): SupportRegion[] {
  return supportLines()
    .regions.map((r) => ({ name: r.name, entries: r.entries.filter((e) => e.kind === "crisis") }))
    .filter((r) => r.entries.length > 0);
}
