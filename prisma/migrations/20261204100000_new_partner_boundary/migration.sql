-- AlterTable
ALTER TABLE "Couple" ADD COLUMN "lastDepartureAt" DATETIME;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN "sharedSince" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "stageSlug" TEXT NOT NULL,
    "exerciseKey" TEXT,
    "kind" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "visibility" TEXT NOT NULL,
    "sharedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Entry_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Entry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Existing rows were shared when they were written.
INSERT INTO "new_Entry" ("sharedAt", "authorId", "body", "coupleId", "createdAt", "deletedAt", "exerciseKey", "id", "kind", "stageSlug", "updatedAt", "visibility") SELECT "createdAt", "authorId", "body", "coupleId", "createdAt", "deletedAt", "exerciseKey", "id", "kind", "stageSlug", "updatedAt", "visibility" FROM "Entry";
DROP TABLE "Entry";
ALTER TABLE "new_Entry" RENAME TO "Entry";
CREATE INDEX "Entry_coupleId_stageSlug_idx" ON "Entry"("coupleId", "stageSlug");
CREATE INDEX "Entry_coupleId_updatedAt_idx" ON "Entry"("coupleId", "updatedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

