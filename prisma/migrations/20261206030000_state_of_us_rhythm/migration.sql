-- A "state of us" talk repeats every week or every two weeks (issue 23 §1): the boolean
-- "recurWeekly" becomes "recurEveryDays" (0 = doesn't repeat, 7, 14). Written by hand, with the
-- data carried over (a weekly talk becomes 7). No table rebuild: ALTER TABLE ... DROP COLUMN
-- (SQLite 3.35+) rewrites only this table's rows, and the column is in no index, trigger or view.
-- Conversation itself has no triggers, and the notes and follow-ups that reference it keep theirs.
ALTER TABLE "Conversation" ADD COLUMN "recurEveryDays" INTEGER NOT NULL DEFAULT 0;
UPDATE "Conversation" SET "recurEveryDays" = 7 WHERE "recurWeekly" = 1;
ALTER TABLE "Conversation" DROP COLUMN "recurWeekly";
