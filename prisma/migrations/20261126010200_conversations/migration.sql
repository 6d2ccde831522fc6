-- CreateTable
CREATE TABLE "Conversation" (
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
    "recurWeekly" BOOLEAN NOT NULL DEFAULT false,
    "step" INTEGER NOT NULL DEFAULT 0,
    "pausedAt" DATETIME,
    "startedAt" DATETIME,
    "endedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Conversation_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConversationNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "visibility" TEXT NOT NULL DEFAULT 'private',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ConversationNote_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConversationNote_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConversationFollowUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "became" TEXT NOT NULL DEFAULT '',
    "becameId" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConversationFollowUp_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConversationFollowUp_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Conversation_coupleId_startsAt_idx" ON "Conversation"("coupleId", "startsAt");

-- CreateIndex
CREATE INDEX "ConversationNote_coupleId_idx" ON "ConversationNote"("coupleId");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationNote_conversationId_authorId_key" ON "ConversationNote"("conversationId", "authorId");

-- CreateIndex
CREATE INDEX "ConversationFollowUp_conversationId_idx" ON "ConversationFollowUp"("conversationId");

-- CreateIndex
CREATE INDEX "ConversationFollowUp_coupleId_idx" ON "ConversationFollowUp"("coupleId");

