import { z } from "zod";
import { calendarDay, text, wholeNumber } from "@/lib/validation/form";

// The rules of the game (stage 9): one schema per input, shared by the forms and the actions.
// Limits live in agreement-options.ts (no zod, for the client forms) and nowhere else; this module
// passes them on.

export * from "@/lib/validation/agreement-options";
import {
  AGREEMENT_CATEGORIES,
  type AgreementCategory,
  AGREEMENT_TITLE_MAX,
  AGREEMENT_TEXT_MAX,
  AGREEMENT_SCOPE_MAX,
  AGREEMENT_REASON_MAX,
} from "@/lib/validation/agreement-options";

export const AGREEMENT_NOT_FOUND = "That agreement doesn't exist in your workspace.";
const agreementId = z.string({ error: AGREEMENT_NOT_FOUND }).min(1, AGREEMENT_NOT_FOUND).max(64, AGREEMENT_NOT_FOUND);
const versionNumber = wholeNumber("That version doesn't exist.", { min: 0, max: 999_999 });

/** An optional calendar date from a date input: "" → null. Stored as noon UTC so no zone moves its day. */
const optionalDate = (label: string) =>
  z
    .string({ error: `${label} must be a date.` })
    .optional()
    .transform((v) => v ?? "")
    .pipe(
      z.union([
        z.literal("").transform(() => null),
        calendarDay(`${label} must be a date on the calendar, like 2027-03-31.`)
          .transform((v) => new Date(`${v}T12:00:00Z`))
          .refine((d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2200, `${label} must be a real date.`),
      ]),
    );

const draftFields = {
  title: text("A title", { max: AGREEMENT_TITLE_MAX }),
  text: text("The agreement", { max: AGREEMENT_TEXT_MAX }),
  category: z.enum(AGREEMENT_CATEGORIES, { error: "Choose a category." }),
  scope: text("The scope", { min: 0, max: AGREEMENT_SCOPE_MAX })
    .optional()
    .transform((v) => v ?? ""),
  reviewAt: optionalDate("The review date"),
  endsAt: optionalDate("The end date"),
};

type Draft = { category: AgreementCategory; scope: string; reviewAt: Date | null; endsAt: Date | null };

/** Transparency is given, not taken: it needs an explicit scope and a date to look at it again or end it. */
function checkTransparency(draft: Draft, ctx: z.RefinementCtx) {
  if (draft.category !== "transparency") return;
  if (!draft.scope) ctx.addIssue({ code: "custom", path: ["scope"], message: "Say exactly what is shared, and what isn't." });
  if (!draft.reviewAt && !draft.endsAt)
    ctx.addIssue({ code: "custom", path: ["reviewAt"], message: "A transparency agreement needs a review date or an end date." });
}
function checkDates(draft: Draft, ctx: z.RefinementCtx) {
  if (draft.reviewAt && draft.endsAt && draft.endsAt < draft.reviewAt)
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end date comes before the review date." });
}

export const proposeAgreementSchema = z.object(draftFields).superRefine((d, ctx) => {
  checkTransparency(d, ctx);
  checkDates(d, ctx);
});
export type AgreementDraft = z.output<typeof proposeAgreementSchema>;

/** An amendment or counter-proposal: a new draft plus the version it was started from. */
export const amendAgreementSchema = z.object({ ...draftFields, id: agreementId, basedOn: versionNumber }).superRefine((d, ctx) => {
  checkTransparency(d, ctx);
  checkDates(d, ctx);
});
export type AmendInput = z.output<typeof amendAgreementSchema>;

export const decideVersionSchema = z.object({ id: agreementId, version: versionNumber });
export const declineVersionSchema = z.object({
  id: agreementId,
  version: versionNumber,
  reason: text("A reason", { max: AGREEMENT_REASON_MAX }),
});
export const agreementIdSchema = z.object({ id: agreementId });
export const retireDeclineSchema = z.object({
  id: agreementId,
  reason: text("A reason", { min: 0, max: AGREEMENT_REASON_MAX })
    .optional()
    .transform((v) => v ?? ""),
});
