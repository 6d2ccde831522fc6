-- AlterTable
ALTER TABLE "Couple" ADD COLUMN     "dailyRemindersUntil" TIMESTAMP(3),
ADD COLUMN     "maintenanceSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "CheckInPrefs" ADD COLUMN     "reminderCadence" TEXT NOT NULL DEFAULT 'weekly';


-- Couples whose two partners had both marked stage 9 ("boundaries") before maintenance existed are
-- in maintenance from the later of the two marks, as if it had begun then.
UPDATE "Couple" AS c
SET "maintenanceSince" = marks."last"
FROM (
  SELECT p."coupleId", MAX(p."doneAt") AS "last", COUNT(*) AS "marks"
  FROM "StageProgress" AS p
  WHERE p."stageSlug" = 'boundaries'
  GROUP BY p."coupleId"
) AS marks
WHERE marks."coupleId" = c."id"
  AND marks."marks" = 2
  AND c."maintenanceSince" IS NULL
  AND (SELECT COUNT(*) FROM "Membership" AS m WHERE m."coupleId" = c."id") = 2;
