import type { Side } from "@/lib/validation/couple";

// Stage 8 belongs to the partner who was hurt (issue 20 §4, decision 012). Its one mark is their
// "choice to move on", kept in the same StageProgress rows as the other stages' marks, but it is
// never joint: nobody waits on it, counts it or nudges toward it. Client-safe: no server imports.

/** The stage whose mark is a choice one partner holds, not joint progress. */
export const MOVE_ON_SLUG = "forgiveness";

/** How many stages a couple marks together (all but stage 8). */
export const JOINT_STAGE_COUNT = 8;

export function isJointStage(slug: string): boolean {
  return slug !== MOVE_ON_SLUG;
}

/**
 * Whether a partner may set or clear the choice to move on, from their side and the other
 * partner's (null: nobody else in the workspace). The partner who was hurt holds it, and so does
 * one on both sides; the partner who broke trust never does. Someone who'd rather not say holds it
 * unless the other partner said they were hurt: then that partner is the one who decides.
 */
export function mayHoldMoveOn(side: Side, otherSide: Side | null): boolean {
  switch (side) {
    case "hurt":
    case "both":
      return true;
    case "involved":
      return false;
    case "unsaid":
      return otherSide !== "hurt";
  }
}

/** Whether this member of the couple holds the choice, from the members' stored sides. */
export function holdsMoveOn(members: readonly { userId: string; side: string }[], userId: string): boolean {
  const me = members.find((m) => m.userId === userId);
  if (!me) return false;
  const other = members.find((m) => m.userId !== userId);
  return mayHoldMoveOn(me.side as Side, (other?.side as Side | undefined) ?? null);
}

/** The server's answer to someone who doesn't hold the choice (nothing was written). */
export const MOVE_ON_NOT_YOURS =
  "This choice belongs to the partner who was hurt. Only they can mark it or clear it, and nothing was changed.";

/** What the journey list's stage 8 says: to the one who holds the choice, and to anyone else. */
export const MOVE_ON_LABELS = {
  chosen: "You chose to move on",
  open: "Your choice, no timetable",
  partner: "Your partner's choice",
} as const;

/**
 * As a therapist reads stage 8 through a share link. A link shows no more than the partner who made
 * it may read (decision 011): made by the partner who doesn't hold the choice, it shows neither.
 */
export const THERAPIST_MOVE_ON_LABELS = {
  made: "Hurt partner's choice: made",
  open: "Hurt partner's choice: not made",
  unshown: "Hurt partner's choice",
} as const;
export type TherapistMoveOn = keyof typeof THERAPIST_MOVE_ON_LABELS;
