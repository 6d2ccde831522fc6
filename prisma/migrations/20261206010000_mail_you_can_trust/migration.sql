-- CreateTable
CREATE TABLE "MailSend" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" DATETIME,
    "sentAt" DATETIME,
    "failedAt" DATETIME,
    "unsubscribeHash" TEXT,
    CONSTRAINT "MailSend_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MailSend_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (hand-written: rebuilding Membership would drop its triggers)
ALTER TABLE "Membership" ADD COLUMN "reviewEmail" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Membership" ADD COLUMN "talkEmail" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "MailSend_key_key" ON "MailSend"("key");

-- CreateIndex
CREATE UNIQUE INDEX "MailSend_unsubscribeHash_key" ON "MailSend"("unsubscribeHash");

-- CreateIndex
CREATE INDEX "MailSend_claimedAt_idx" ON "MailSend"("claimedAt");

-- CreateIndex
CREATE INDEX "MailSend_coupleId_idx" ON "MailSend"("coupleId");

-- CreateIndex
CREATE INDEX "MailSend_userId_idx" ON "MailSend"("userId");

