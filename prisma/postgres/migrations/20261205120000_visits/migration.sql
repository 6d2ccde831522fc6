-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "lastVisitEndedAt" TIMESTAMP(3),
ADD COLUMN     "seenAt" TIMESTAMP(3);

