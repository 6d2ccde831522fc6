-- A "state of us" talk repeats every week or every two weeks (issue 23 §1): the boolean
-- "recurWeekly" becomes "recurEveryDays" (0 = doesn't repeat, 7, 14), the data carried over.
-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "recurEveryDays" INTEGER NOT NULL DEFAULT 0;
UPDATE "Conversation" SET "recurEveryDays" = 7 WHERE "recurWeekly" = true;
ALTER TABLE "Conversation" DROP COLUMN "recurWeekly";
