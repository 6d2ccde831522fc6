"use server";

import { partnerAction, WORKSPACE_PAGES } from "@/lib/server/actions";
import {
  acceptVersion,
  amendAgreement,
  answerRetirement,
  declineVersion,
  proposeAgreement,
  reaffirmAgreement,
  requestRetirement,
} from "@/lib/server/agreements/write";
import {
  agreementIdSchema,
  amendAgreementSchema,
  decideVersionSchema,
  declineVersionSchema,
  proposeAgreementSchema,
  retireDeclineSchema,
} from "@/lib/validation/agreement";

// Agreements show on their own pages, stage 9, the dashboard and the printable page.
const revalidate = WORKSPACE_PAGES;
// Every agreement action is joint work: refused while joint exercises are paused.
const joint = true;

export const proposeAgreementAction = partnerAction(proposeAgreementSchema, (ctx, draft) => proposeAgreement(ctx, draft), {
  revalidate,
  joint,
});
export const amendAgreementAction = partnerAction(amendAgreementSchema, (ctx, input) => amendAgreement(ctx, input), { revalidate, joint });
export const acceptVersionAction = partnerAction(decideVersionSchema, (ctx, input) => acceptVersion(ctx, input), { revalidate, joint });
export const declineVersionAction = partnerAction(declineVersionSchema, (ctx, input) => declineVersion(ctx, input), { revalidate, joint });
export const requestRetirementAction = partnerAction(agreementIdSchema, (ctx, input) => requestRetirement(ctx, input), {
  revalidate,
  joint,
});
export const agreeRetirementAction = partnerAction(agreementIdSchema, (ctx, { id }) => answerRetirement(ctx, { id, agree: true }), {
  revalidate,
  joint,
});
export const keepAgreementAction = partnerAction(
  retireDeclineSchema,
  (ctx, { id, reason }) => answerRetirement(ctx, { id, agree: false, reason }),
  { revalidate, joint },
);
export const reaffirmAgreementAction = partnerAction(agreementIdSchema, (ctx, input) => reaffirmAgreement(ctx, input), {
  revalidate,
  joint,
});
