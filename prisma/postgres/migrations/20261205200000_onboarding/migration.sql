-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "onboarding" TEXT NOT NULL DEFAULT 'done';

