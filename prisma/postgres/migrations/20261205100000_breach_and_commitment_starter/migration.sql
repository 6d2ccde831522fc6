-- AlterTable
ALTER TABLE "Couple" ADD COLUMN     "breach" TEXT;

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "starter" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_coupleId_ownerId_starter_key" ON "Commitment"("coupleId", "ownerId", "starter");

