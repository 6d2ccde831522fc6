import type { Side } from "@/lib/validation/couple";

// Who is reading a stage and what happened to them: the two facts stage text adapts to. Client-safe.

/** The kind of breach a workspace records (set in onboarding or settings, issue 20 §1). */
export const BREACHES = ["affair-physical", "affair-emotional", "affair-online", "money", "lies", "unsaid"] as const;
export type Breach = (typeof BREACHES)[number];

/** How the choice reads in onboarding and settings: plain words, no judgement. */
export const BREACH_LABELS: Record<Breach, string> = {
  "affair-physical": "An affair that was physical",
  "affair-emotional": "An emotional affair",
  "affair-online": "An affair online (messages, apps, images)",
  money: "Hidden money or debt",
  lies: "Other lies or secrets",
  unsaid: "We'd rather not say",
};

export function isBreach(value: unknown): value is Breach {
  return typeof value === "string" && (BREACHES as readonly string[]).includes(value);
}

/**
 * The groups an exercise can be limited to (a stage exercise's `onlyFor:`). "unsaid" belongs to no
 * group, so a couple who would rather not say, or hasn't said yet, never sees group-only steps.
 */
export const BREACH_GROUPS = {
  affair: ["affair-physical", "affair-emotional", "affair-online"],
  money: ["money"],
  lies: ["lies"],
} as const satisfies Record<string, readonly Breach[]>;
export type BreachGroup = keyof typeof BREACH_GROUPS;
export const BREACH_GROUP_KEYS = Object.keys(BREACH_GROUPS) as [BreachGroup, ...BreachGroup[]];

/** Is this breach in the group? Null (not said yet) is in none. */
export function inBreachGroup(breach: Breach | null | undefined, group: BreachGroup): boolean {
  return breach != null && (BREACH_GROUPS[group] as readonly Breach[]).includes(breach);
}

/** Affair-only text stays hidden until the couple has said an affair happened: never assume one. */
export function isAffair(breach: Breach | null | undefined): boolean {
  return inBreachGroup(breach, "affair");
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
