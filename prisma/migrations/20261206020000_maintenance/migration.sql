-- Maintenance after stage 9 (issue 23). Written by hand: Prisma would rebuild Couple and
-- CheckInPrefs, and rebuilding a table that holds data (and that triggers name) is what we avoid.
ALTER TABLE "Couple" ADD COLUMN "maintenanceSince" DATETIME;
ALTER TABLE "Couple" ADD COLUMN "dailyRemindersUntil" DATETIME;
ALTER TABLE "CheckInPrefs" ADD COLUMN "reminderCadence" TEXT NOT NULL DEFAULT 'weekly';

-- Couples whose two partners had both marked stage 9 ("boundaries") before maintenance existed are
-- in maintenance from the later of the two marks, as if it had begun then.
UPDATE "Couple"
SET "maintenanceSince" = (
  SELECT MAX(p."doneAt") FROM "StageProgress" p WHERE p."coupleId" = "Couple"."id" AND p."stageSlug" = 'boundaries'
)
WHERE "maintenanceSince" IS NULL
  AND (SELECT COUNT(*) FROM "Membership" m WHERE m."coupleId" = "Couple"."id") = 2
  AND (SELECT COUNT(*) FROM "StageProgress" p WHERE p."coupleId" = "Couple"."id" AND p."stageSlug" = 'boundaries') = 2;
