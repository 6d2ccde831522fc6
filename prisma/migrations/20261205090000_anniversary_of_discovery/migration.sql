-- The anniversary of the discovery (stage 3). Written by hand: Prisma would rebuild Membership,
-- and dropping that table breaks the triggers that name it (AnswerRevision_no_delete).
ALTER TABLE "Couple" ADD COLUMN "discoveredOn" TEXT;
ALTER TABLE "Membership" ADD COLUMN "anniversaryReminder" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Membership" ADD COLUMN "anniversaryRemindedFor" TEXT;
ALTER TABLE "Membership" ADD COLUMN "anniversaryUnsubscribeHash" TEXT;
CREATE UNIQUE INDEX "Membership_anniversaryUnsubscribeHash_key" ON "Membership"("anniversaryUnsubscribeHash");
