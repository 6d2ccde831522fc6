-- CreateTable
CREATE TABLE "SealCanary" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);


-- History rows stay immutable, with one exception: seal-existing and rotate-key re-seal their words
-- inside a transaction that holds the SealCanary row "rewriting" (inserted and deleted in that same
-- transaction, so no other writer ever sees it). Every other UPDATE is refused as before.
DROP TRIGGER "AgreementVersion_immutable";
CREATE TRIGGER "AgreementVersion_immutable" BEFORE UPDATE ON "AgreementVersion"
WHEN NOT EXISTS (SELECT 1 FROM "SealCanary" WHERE "id" = 'rewriting')
BEGIN SELECT RAISE(ABORT, 'AgreementVersion rows are immutable history'); END;
DROP TRIGGER "AgreementDecision_immutable";
CREATE TRIGGER "AgreementDecision_immutable" BEFORE UPDATE ON "AgreementDecision"
WHEN NOT EXISTS (SELECT 1 FROM "SealCanary" WHERE "id" = 'rewriting')
BEGIN SELECT RAISE(ABORT, 'AgreementDecision rows are immutable history'); END;
DROP TRIGGER "CommitmentLog_immutable";
CREATE TRIGGER "CommitmentLog_immutable" BEFORE UPDATE ON "CommitmentLog"
WHEN NOT EXISTS (SELECT 1 FROM "SealCanary" WHERE "id" = 'rewriting')
BEGIN SELECT RAISE(ABORT, 'CommitmentLog rows are immutable history'); END;
DROP TRIGGER "CommitmentReview_immutable";
CREATE TRIGGER "CommitmentReview_immutable" BEFORE UPDATE ON "CommitmentReview"
WHEN NOT EXISTS (SELECT 1 FROM "SealCanary" WHERE "id" = 'rewriting')
BEGIN SELECT RAISE(ABORT, 'CommitmentReview rows are immutable history'); END;
DROP TRIGGER "AnswerRevision_no_update";
CREATE TRIGGER "AnswerRevision_no_update" BEFORE UPDATE ON "AnswerRevision"
WHEN NOT EXISTS (SELECT 1 FROM "SealCanary" WHERE "id" = 'rewriting')
BEGIN SELECT RAISE(ABORT, 'AnswerRevision rows are append-only history'); END;
DROP TRIGGER "TriggerReply_no_update";
CREATE TRIGGER "TriggerReply_no_update" BEFORE UPDATE ON "TriggerReply"
WHEN NOT EXISTS (SELECT 1 FROM "SealCanary" WHERE "id" = 'rewriting')
BEGIN SELECT RAISE(ABORT, 'TriggerReply rows are immutable history'); END;
