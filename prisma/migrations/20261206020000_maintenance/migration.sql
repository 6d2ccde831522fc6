-- Maintenance after stage 9 (issue 23). Written by hand: Prisma would rebuild Couple and
-- CheckInPrefs, and rebuilding a table that holds data (and that triggers name) is what we avoid.
ALTER TABLE "Couple" ADD COLUMN "maintenanceSince" DATETIME;
ALTER TABLE "Couple" ADD COLUMN "dailyRemindersUntil" DATETIME;
ALTER TABLE "CheckInPrefs" ADD COLUMN "reminderCadence" TEXT NOT NULL DEFAULT 'weekly';
