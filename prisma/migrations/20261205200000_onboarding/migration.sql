-- AlterTable (hand-written: rebuilding Membership would drop its triggers)
ALTER TABLE "Membership" ADD COLUMN "onboarding" TEXT NOT NULL DEFAULT 'done';
