-- AlterTable
ALTER TABLE "Couple" ADD COLUMN     "lastDepartureAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "sharedSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Entry" ADD COLUMN     "sharedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;


-- Existing rows were shared when they were written.
UPDATE "Entry" SET "sharedAt" = "createdAt";
