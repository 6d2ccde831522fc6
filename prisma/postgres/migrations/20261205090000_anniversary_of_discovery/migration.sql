-- AlterTable
ALTER TABLE "Couple" ADD COLUMN     "discoveredOn" TEXT;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "anniversaryRemindedFor" TEXT,
ADD COLUMN     "anniversaryReminder" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "anniversaryUnsubscribeHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Membership_anniversaryUnsubscribeHash_key" ON "Membership"("anniversaryUnsubscribeHash");

