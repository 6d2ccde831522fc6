-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "head" INTEGER NOT NULL DEFAULT 1,
    "activeVersion" INTEGER,
    "pendingVersion" INTEGER,
    "retireRequestedBy" TEXT,
    "reaffirmedBy" TEXT,
    "reviewAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agreement_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "basedOn" INTEGER,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "reviewAt" DATETIME,
    "endsAt" DATETIME,
    "proposedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgreementVersion_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementVersion_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgreementDecision_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementDecision_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "cadence" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Commitment_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitmentLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CommitmentLog_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommitmentLog_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitmentReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "logId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CommitmentReview_logId_fkey" FOREIGN KEY ("logId") REFERENCES "CommitmentLog" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Agreement_coupleId_status_idx" ON "Agreement"("coupleId", "status");

-- CreateIndex
CREATE INDEX "AgreementVersion_coupleId_idx" ON "AgreementVersion"("coupleId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_agreementId_number_key" ON "AgreementVersion"("agreementId", "number");

-- CreateIndex
CREATE INDEX "AgreementDecision_agreementId_createdAt_idx" ON "AgreementDecision"("agreementId", "createdAt");

-- CreateIndex
CREATE INDEX "AgreementDecision_coupleId_createdAt_idx" ON "AgreementDecision"("coupleId", "createdAt");

-- CreateIndex
CREATE INDEX "Commitment_coupleId_idx" ON "Commitment"("coupleId");

-- CreateIndex
CREATE INDEX "CommitmentLog_commitmentId_localDate_idx" ON "CommitmentLog"("commitmentId", "localDate");

-- CreateIndex
CREATE UNIQUE INDEX "CommitmentReview_logId_key" ON "CommitmentReview"("logId");

-- CreateIndex
CREATE INDEX "CommitmentReview_coupleId_idx" ON "CommitmentReview"("coupleId");


-- History is immutable: no code path may rewrite a version, a decision, a log or a review.
-- (Deleting the whole couple still cascades; that is account deletion, not editing history.)
CREATE TRIGGER "AgreementVersion_immutable" BEFORE UPDATE ON "AgreementVersion" BEGIN SELECT RAISE(ABORT, 'AgreementVersion rows are immutable history'); END;
CREATE TRIGGER "AgreementDecision_immutable" BEFORE UPDATE ON "AgreementDecision" BEGIN SELECT RAISE(ABORT, 'AgreementDecision rows are immutable history'); END;
CREATE TRIGGER "CommitmentLog_immutable" BEFORE UPDATE ON "CommitmentLog" BEGIN SELECT RAISE(ABORT, 'CommitmentLog rows are immutable history'); END;
CREATE TRIGGER "CommitmentReview_immutable" BEFORE UPDATE ON "CommitmentReview" BEGIN SELECT RAISE(ABORT, 'CommitmentReview rows are immutable history'); END;
