"use server";

import { partnerAction, WORKSPACE_PAGES } from "@/lib/server/actions";
import { createCommitment, logCommitment, reviewCommitmentLog, startCommitment } from "@/lib/server/commitments/write";
import { createCommitmentSchema, logCommitmentSchema, reviewLogSchema, startCommitmentSchema } from "@/lib/validation/commitment";

// Commitments show on stage 4 and the dashboard.
const revalidate = WORKSPACE_PAGES;

export const createCommitmentAction = partnerAction(createCommitmentSchema, (ctx, input) => createCommitment(ctx, input), { revalidate });
/** A one-click commitment from a stage page (report any contact, on stage 1): made once per partner. */
export const startCommitmentAction = partnerAction(startCommitmentSchema, (ctx, input) => startCommitment(ctx, input), { revalidate });
export const logCommitmentAction = partnerAction(logCommitmentSchema, (ctx, input) => logCommitment(ctx, input), { revalidate });
export const reviewCommitmentLogAction = partnerAction(reviewLogSchema, (ctx, input) => reviewCommitmentLog(ctx, input), {
  revalidate,
  joint: true,
});
