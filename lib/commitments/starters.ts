import type { BreachGroup } from "@/lib/content/readers";
import type { Cadence } from "@/lib/validation/commitment";

// One-click commitments a stage offers (issue 20 §2). Each makes a real Commitment, marked with its
// starter key, once per owner: a second click finds the first. Client-safe.

export type CommitmentStarter = {
  what: string;
  cadence: Cadence;
  /** Offered (and accepted) only when the couple has said the breach is of this group. */
  onlyFor: BreachGroup;
};

export const COMMITMENT_STARTERS = {
  "report-contact": {
    what: "If there is any contact with the affair partner, I tell you within a day, before you have to ask.",
    cadence: "as-needed",
    onlyFor: "affair",
  },
} as const satisfies Record<string, CommitmentStarter>;

export type StarterKey = keyof typeof COMMITMENT_STARTERS;
export const STARTER_KEYS = Object.keys(COMMITMENT_STARTERS) as [StarterKey, ...StarterKey[]];

export function isStarterKey(value: unknown): value is StarterKey {
  return typeof value === "string" && Object.hasOwn(COMMITMENT_STARTERS, value);
}
