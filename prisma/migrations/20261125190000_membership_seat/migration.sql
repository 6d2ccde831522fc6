-- A couple has two seats: 1 for the partner who created the workspace, 2 for the one who joined.
-- Unique per couple, so the database itself refuses a third member whatever two requests race.
-- Generated with `prisma migrate diff`; the INSERT gives existing members their seats in joining order.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "side" TEXT NOT NULL DEFAULT 'unsaid',
    "seat" INTEGER NOT NULL DEFAULT 1,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Membership" ("coupleId", "id", "joinedAt", "side", "seat", "userId")
SELECT "m"."coupleId", "m"."id", "m"."joinedAt", "m"."side",
  -- 1 + the number of earlier members: a couple the old code let grow past two keeps every member
  -- (seats 1, 2, 3…) instead of failing the unique index below.
  1 + (
    SELECT COUNT(*) FROM "Membership" AS "earlier"
    WHERE "earlier"."coupleId" = "m"."coupleId"
      AND ("earlier"."joinedAt" < "m"."joinedAt" OR ("earlier"."joinedAt" = "m"."joinedAt" AND "earlier"."id" < "m"."id"))
  ),
  "m"."userId"
FROM "Membership" AS "m";
DROP TABLE "Membership";
ALTER TABLE "new_Membership" RENAME TO "Membership";
CREATE UNIQUE INDEX "Membership_userId_key" ON "Membership"("userId");
CREATE INDEX "Membership_coupleId_idx" ON "Membership"("coupleId");
CREATE UNIQUE INDEX "Membership_coupleId_seat_key" ON "Membership"("coupleId", "seat");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
