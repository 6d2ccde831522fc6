-- CreateTable
CREATE TABLE "TriggerEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "intensity" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "noteVisibility" TEXT NOT NULL DEFAULT 'private',
    "localDate" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TriggerEvent_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TriggerReply" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "triggerId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TriggerReply_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TriggerReply_triggerId_fkey" FOREIGN KEY ("triggerId") REFERENCES "TriggerEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TriggerPlan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "helpsMe" TEXT NOT NULL DEFAULT '',
    "iWill" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TriggerPlan_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TriggerEvent_coupleId_localDate_idx" ON "TriggerEvent"("coupleId", "localDate");

-- CreateIndex
CREATE INDEX "TriggerReply_triggerId_idx" ON "TriggerReply"("triggerId");

-- CreateIndex
CREATE UNIQUE INDEX "TriggerPlan_coupleId_authorId_key" ON "TriggerPlan"("coupleId", "authorId");


-- Replies are history (SQLite trigger; PostgreSQL needs its own equivalent).
CREATE TRIGGER "TriggerReply_no_update" BEFORE UPDATE ON "TriggerReply" BEGIN SELECT RAISE(ABORT, 'TriggerReply rows are immutable history'); END;
