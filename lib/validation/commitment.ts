import { z } from "zod";
import { reportedTimeZone, text } from "@/lib/validation/form";
import { STARTER_KEYS } from "@/lib/commitments/starters";

// Commitments (stage 4): one schema per input, shared by the forms and the actions.

export * from "@/lib/validation/commitment-options";
import { CADENCES, COMMITMENT_WHAT_MAX, COMMITMENT_NOTE_MAX } from "@/lib/validation/commitment-options";
export const COMMITMENT_NOT_FOUND = "That commitment doesn't exist in your workspace.";
export const LOG_NOT_FOUND = "That log doesn't exist in your workspace.";

const id = (message: string) => z.string({ error: message }).min(1, message).max(64, message);

export const createCommitmentSchema = z.object({
  what: text("What you commit to", { max: COMMITMENT_WHAT_MAX }),
  cadence: z.enum(CADENCES, { error: "Choose how often it applies." }),
  timeZone: reportedTimeZone,
});

/** A one-click commitment from a stage (lib/commitments/starters.ts). The key comes from a hidden field. */
export const startCommitmentSchema = z.object({
  starter: z.enum(STARTER_KEYS, { error: "That commitment isn't offered here. Reload the page and try again." }),
  timeZone: reportedTimeZone,
});

export const logCommitmentSchema = z.object({
  id: id(COMMITMENT_NOT_FOUND),
  outcome: z.enum(["kept", "missed"], { error: "Choose kept or missed." }),
  note: text("A note", { min: 0, max: COMMITMENT_NOTE_MAX })
    .optional()
    .transform((v) => v ?? ""),
});

export const reviewLogSchema = z
  .object({
    id: id(LOG_NOT_FOUND),
    verdict: z.enum(["confirmed", "disputed"], { error: "Choose confirm or talk about it." }),
    note: text("A note", { min: 0, max: COMMITMENT_NOTE_MAX })
      .optional()
      .transform((v) => v ?? ""),
  })
  .superRefine((d, ctx) => {
    if (d.verdict === "disputed" && !d.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say what you saw differently, so you can talk about it." });
  });

export const COMMITMENT_MESSAGES = {
  notOwner: "Only the partner who made this commitment logs it.",
  ownLog: "This is your own log; your partner is the one who confirms it.",
  alreadyReviewed: "This log already has an answer.",
  onceDone: "This was a one-time commitment and it's already logged.",
  dailyDone: "You've already logged today for this commitment.",
  starterNotOffered: "This commitment fits a different kind of breach than the one chosen for your workspace, so it wasn't made.",
} as const;
