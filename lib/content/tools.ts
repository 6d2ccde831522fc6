import { ENTRY_KINDS, type EntryKind } from "@/lib/entries/kinds";
import { stageHref } from "@/lib/content/stage-features";

// What a stage's text may promise (issue 20 §9). A stage's `tools:` frontmatter names each tool its
// words mention; every name is a registered entry kind or one of the pages below, and
// tests/unit/content.test.ts checks that each page exists and that the text and the list agree.

/** Tools that live on their own page under app/(app)/app/. */
export const TOOL_ROUTES = {
  questions: "/app/questions",
  talks: "/app/talks",
  "check-ins": "/app/check-in",
  timeline: "/app/timeline",
  // Commitments and their kept-rate live on stage 4's page, not a page of their own.
  commitments: stageHref("commitments"),
  agreements: "/app/agreements",
  triggers: "/app/triggers",
  "share-link": "/app/settings/sharing",
  safety: "/app/safety",
  "safety-resources": "/app/safety/resources",
  references: "/app/references",
} as const;
export type RouteTool = keyof typeof TOOL_ROUTES;
export type StageTool = RouteTool | EntryKind;

export const STAGE_TOOLS = [...(Object.keys(TOOL_ROUTES) as RouteTool[]), ...ENTRY_KINDS] as [StageTool, ...StageTool[]];

/**
 * Phrases that promise a tool when stage text uses them. Kept to words that only ever mean the
 * tool, so ordinary prose ("a question", "an agreement") doesn't count as a promise.
 */
export const TOOL_PHRASES: ReadonlyArray<readonly [RegExp, StageTool]> = [
  [/question-and-answer record|Q&A record/i, "questions"],
  [/structured talks?\b/i, "talks"],
  [/\bcheck-ins?\b/i, "check-ins"],
  [/trust timeline/i, "timeline"],
  [/kept-rate/i, "commitments"],
  [/rules of the game/i, "agreements"],
  [/trigger log/i, "triggers"],
  [/therapist link|share link/i, "share-link"],
  [/safety check/i, "safety"],
  [/support resources/i, "safety-resources"],
  [/references page/i, "references"],
  [/highlighter/i, "accountability"],
  [/impact letters?/i, "impact-letter"],
  [/growth goals?/i, "goal"],
  [/homework list/i, "homework"],
  [/activity ideas|planned dates?/i, "activity"],
  [/memory log/i, "memory"],
  [/gratitude notes?/i, "gratitude"],
];

/** The tools a stage's Markdown mentions, by the phrases above. */
export function toolsMentioned(markdown: string): Set<StageTool> {
  return new Set(TOOL_PHRASES.filter(([phrase]) => phrase.test(markdown)).map(([, tool]) => tool));
}
