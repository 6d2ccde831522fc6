import type { StageSlug } from "@/lib/content/stages";
import type { ToolKind } from "@/lib/entries/kinds";

// Which stage offers which feature, beyond its exercises: the one place (issue 25 §2). The stage
// page shows a stage's features from here, an entry kind's tool sections come from here, and the
// partner feed, revalidation and links name the stage a feature lives on through `stageOf`. A
// stage's own text promises tools through its `tools:` frontmatter (lib/content/tools.ts):
// tests/unit/stage-features.test.ts checks that it names only features or pages Mend has, and
// tests/unit/content.test.ts that the text and the list agree.

/** Parts of a stage's page, or links from it to a page of their own. */
export const PAGE_FEATURES = [
  /** "Not sure you want to repair this?" under the heading. */
  "not-sure",
  /** One-click commitments for the partner who had an affair (affair breaches only). */
  "commitment-starters",
  /** Links to the talking-it-through tools' own pages. */
  "talks",
  "questions",
  "triggers",
  /** The trust timeline from the check-ins. */
  "trust-timeline",
  /** The anniversary of the discovery, and its reminder. */
  "anniversary",
  /** The commitments with their logs and kept-rates. */
  "commitments",
  /** Maintenance, once the stages are behind the couple. */
  "after-the-stages",
  /** The link to the decision point's page. */
  "decision",
  /** The rules of the game. */
  "agreements",
] as const;
export type PageFeature = (typeof PAGE_FEATURES)[number];
export type StageFeature = PageFeature | ToolKind;

/** Each stage's features, in the order its page shows them. Each feature lives on one stage (and every one on some stage: below). */
export const STAGE_FEATURES = {
  acknowledgment: ["not-sure", "commitment-starters"],
  communication: ["talks", "questions"],
  patience: ["triggers", "trust-timeline", "anniversary"],
  consistency: ["commitments"],
  "self-work": ["goal"],
  "professional-help": ["homework"],
  "new-memories": ["activity", "memory", "gratitude"],
  forgiveness: [],
  boundaries: ["after-the-stages", "decision", "relapse-plan", "decision-notes", "agreements"],
} as const satisfies Record<StageSlug, readonly StageFeature[]>;

// Every feature is on some stage, checked when compiling: stageOf() would otherwise throw for it.
type Unplaced = Exclude<StageFeature, (typeof STAGE_FEATURES)[StageSlug][number]>;
const everyFeaturePlaced: [Unplaced] extends [never] ? true : Unplaced = true;
void everyFeaturePlaced;

/** The features a stage offers; none for a slug that is not a stage. */
export function featuresOf(slug: string): readonly StageFeature[] {
  return Object.hasOwn(STAGE_FEATURES, slug) ? STAGE_FEATURES[slug as StageSlug] : [];
}

export function stageHas(slug: string, feature: StageFeature): boolean {
  return featuresOf(slug).includes(feature);
}

/** The stage a feature lives on. */
export function stageOf(feature: StageFeature): StageSlug {
  const entry = Object.entries(STAGE_FEATURES).find(([, features]) => (features as readonly StageFeature[]).includes(feature));
  if (!entry) throw new Error(`no stage offers ${feature}`);
  return entry[0] as StageSlug;
}

/** The page of the stage a feature lives on, with the feature's anchor when given. */
export const stageHref = (feature: StageFeature, anchor?: string) => `/app/stages/${stageOf(feature)}${anchor ? `#${anchor}` : ""}`;

/** "Stage 3", linking to the stage a feature lives on: for the breadcrumbs of a feature's own page. */
export function stageCrumb(feature: StageFeature): { href: string; label: string } {
  // STAGE_FEATURES lists the stages in their order (tests/unit/stage-features.test.ts).
  return { href: stageHref(feature), label: `Stage ${Object.keys(STAGE_FEATURES).indexOf(stageOf(feature)) + 1}` };
}
