-- Issue 23: an agreement in force is due for review at its review date or at the end of its agreed
-- period, whichever comes first (lib/agreements/review.ts firstReviewOf). Agreements accepted before
-- this rule kept the version's review date alone: bring their review forward to the end of the period.
-- Data only: Agreement has no history trigger (its versions and decisions do, and are untouched).
UPDATE "Agreement" AS a
SET "reviewAt" = v."endsAt"
FROM "AgreementVersion" AS v
WHERE v."agreementId" = a."id"
  AND v."number" = a."activeVersion"
  AND a."status" = 'active'
  AND v."endsAt" IS NOT NULL
  AND (a."reviewAt" IS NULL OR v."endsAt" < a."reviewAt");
