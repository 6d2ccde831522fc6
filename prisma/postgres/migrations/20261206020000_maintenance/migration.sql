-- AlterTable
ALTER TABLE "Couple" ADD COLUMN     "dailyRemindersUntil" TIMESTAMP(3),
ADD COLUMN     "maintenanceSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "CheckInPrefs" ADD COLUMN     "reminderCadence" TEXT NOT NULL DEFAULT 'weekly';

