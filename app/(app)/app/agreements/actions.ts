"use server";

import { partnerAction } from "@/lib/server/actions";
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
const revalidate = [["/app", "layout"]] as const;

export const proposeAgreementAction = partnerAction(proposeAgreementSchema, (ctx, draft) => proposeAgreement(ctx, draft), { revalidate });
export const amendAgreementAction = partnerAction(amendAgreementSchema, (ctx, input) => amendAgreement(ctx, input), { revalidate });
export const acceptVersionAction = partnerAction(decideVersionSchema, (ctx, input) => acceptVersion(ctx, input), { revalidate });
export const declineVersionAction = partnerAction(declineVersionSchema, (ctx, input) => declineVersion(ctx, input), { revalidate });
export const requestRetirementAction = partnerAction(agreementIdSchema, (ctx, input) => requestRetirement(ctx, input), { revalidate });
export const agreeRetirementAction = partnerAction(agreementIdSchema, (ctx, { id }) => answerRetirement(ctx, { id, agree: true }), {
  revalidate,
});
export const keepAgreementAction = partnerAction(
  retireDeclineSchema,
  (ctx, { id, reason }) => answerRetirement(ctx, { id, agree: false, reason }),
  { revalidate },
);
export const reaffirmAgreementAction = partnerAction(agreementIdSchema, (ctx, input) => reaffirmAgreement(ctx, input), { revalidate });
