import type { Side } from "@/lib/validation/couple";

// Who is reading a stage and what happened to them: the two facts stage text adapts to. Client-safe.

/** The kind of breach a workspace records (set in onboarding or settings, issue 20 §1). */
export const BREACHES = ["affair-physical", "affair-emotional", "affair-online", "money", "lies", "unsaid"] as const;
export type Breach = (typeof BREACHES)[number];

/** Affair-only text stays hidden until the couple has said an affair happened: never assume one. */
export function isAffair(breach: Breach | undefined): boolean {
  return breach === "affair-physical" || breach === "affair-emotional" || breach === "affair-online";
}

export type SideSection = "hurt" | "involved";

export const SIDE_SECTION_HEADINGS: Record<SideSection, string> = {
  hurt: "If you were hurt",
  involved: "If you broke trust",
};

/**
 * The order a reader meets the two side sections in, and whether the second is folded. A partner on
 * one side reads their own first and the other folded, so its advice isn't handed over as
 * ammunition; "both" and "rather not say" read both, open, in a fixed order that implies nothing.
 */
export function sideSectionsFor(side: Side): { first: SideSection; second: SideSection; foldSecond: boolean } {
  if (side === "hurt") return { first: "hurt", second: "involved", foldSecond: true };
  if (side === "involved") return { first: "involved", second: "hurt", foldSecond: true };
  return { first: "hurt", second: "involved", foldSecond: false };
}
