-- One noun per feature (issue 25): the talks' tables are named for what the app calls them.
-- The rows move into tables of the new names (SQLite renames a table, but keeps the old names in
-- its constraints), ids and every value unchanged. Sealed words stay sealed, but their associated data
-- names the old table, so `npm start` re-seals them under the new one (prisma/data-migrations).
-- The old tables' pages are zeroed as they are dropped (as the app runs SQLite, decision 004): a
-- database from before sealing at rest holds these words in the clear, and a copy left in free
-- pages would outlive their sealing and any later erasure.
PRAGMA secure_delete=ON;
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;

CREATE TABLE "Talk" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "proposedBy" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "template" TEXT NOT NULL DEFAULT '',
    "startsAt" DATETIME NOT NULL,
    "minutes" INTEGER NOT NULL,
    "timeZone" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "awaitingId" TEXT,
    "recurEveryDays" INTEGER NOT NULL DEFAULT 0,
    "step" INTEGER NOT NULL DEFAULT 0,
    "pausedAt" DATETIME,
    "startedAt" DATETIME,
    "endedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Talk_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "Talk" ("id", "coupleId", "proposedBy", "topic", "template", "startsAt", "minutes", "timeZone", "status", "awaitingId", "recurEveryDays", "step", "pausedAt", "startedAt", "endedAt", "createdAt", "updatedAt")
SELECT "id", "coupleId", "proposedBy", "topic", "template", "startsAt", "minutes", "timeZone", "status", "awaitingId", "recurEveryDays", "step", "pausedAt", "startedAt", "endedAt", "createdAt", "updatedAt" FROM "Conversation";

CREATE TABLE "TalkNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "talkId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "visibility" TEXT NOT NULL DEFAULT 'private',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TalkNote_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TalkNote_talkId_fkey" FOREIGN KEY ("talkId") REFERENCES "Talk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "TalkNote" ("id", "coupleId", "talkId", "authorId", "text", "visibility", "createdAt", "updatedAt")
SELECT "id", "coupleId", "conversationId", "authorId", "text", "visibility", "createdAt", "updatedAt" FROM "ConversationNote";

CREATE TABLE "TalkFollowUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "talkId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "became" TEXT NOT NULL DEFAULT '',
    "becameId" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TalkFollowUp_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TalkFollowUp_talkId_fkey" FOREIGN KEY ("talkId") REFERENCES "Talk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "TalkFollowUp" ("id", "coupleId", "talkId", "authorId", "text", "became", "becameId", "createdAt")
SELECT "id", "coupleId", "conversationId", "authorId", "text", "became", "becameId", "createdAt" FROM "ConversationFollowUp";

DROP TABLE "ConversationFollowUp";
DROP TABLE "ConversationNote";
DROP TABLE "Conversation";

CREATE INDEX "Talk_coupleId_startsAt_idx" ON "Talk"("coupleId", "startsAt");
CREATE INDEX "TalkNote_coupleId_idx" ON "TalkNote"("coupleId");
CREATE UNIQUE INDEX "TalkNote_talkId_authorId_key" ON "TalkNote"("talkId", "authorId");
CREATE INDEX "TalkFollowUp_talkId_idx" ON "TalkFollowUp"("talkId");
CREATE INDEX "TalkFollowUp_coupleId_idx" ON "TalkFollowUp"("coupleId");

-- The therapist link's section keys and the check-in's audit action, spelled as the app spells them now.
UPDATE "ShareLink" SET "scope" = REPLACE(REPLACE("scope", '"conversations"', '"talks"'), '"checkins"', '"check-ins"');
UPDATE "AuditEvent" SET "action" = 'check-in.saved' WHERE "action" = 'checkin.saved';

PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
