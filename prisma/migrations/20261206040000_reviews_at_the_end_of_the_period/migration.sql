-- Issue 23: an agreement in force is due for review at its review date or at the end of its agreed
-- period, whichever comes first (lib/agreements/review.ts firstReviewOf). Agreements accepted before
-- this rule kept the version's review date alone: bring their review forward to the end of the period.
-- Data only: Agreement has no history trigger (its versions and decisions do, and are untouched).
UPDATE "Agreement"
SET "reviewAt" = (
  SELECT v."endsAt" FROM "AgreementVersion" v
  WHERE v."agreementId" = "Agreement"."id" AND v."number" = "Agreement"."activeVersion"
)
WHERE "status" = 'active'
  AND EXISTS (
    SELECT 1 FROM "AgreementVersion" v
    WHERE v."agreementId" = "Agreement"."id"
      AND v."number" = "Agreement"."activeVersion"
      AND v."endsAt" IS NOT NULL
      AND ("Agreement"."reviewAt" IS NULL OR v."endsAt" < "Agreement"."reviewAt")
  );
