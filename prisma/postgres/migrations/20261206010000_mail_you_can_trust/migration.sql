-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "reviewEmail" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "talkEmail" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MailSend" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "unsubscribeHash" TEXT,

    CONSTRAINT "MailSend_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "MailSend" ADD CONSTRAINT "MailSend_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailSend" ADD CONSTRAINT "MailSend_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

