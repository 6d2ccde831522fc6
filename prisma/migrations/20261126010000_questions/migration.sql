-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "askerId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "repeatOfId" TEXT,
    "heldAt" DATETIME,
    "heldById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Question_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AnswerRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coupleId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AnswerRevision_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AnswerRevision_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Question_coupleId_createdAt_idx" ON "Question"("coupleId", "createdAt");

-- CreateIndex
CREATE INDEX "AnswerRevision_coupleId_idx" ON "AnswerRevision"("coupleId");

-- CreateIndex
CREATE UNIQUE INDEX "AnswerRevision_questionId_number_key" ON "AnswerRevision"("questionId", "number");


-- Answer revisions are append-only history (SQLite triggers; PostgreSQL needs its own equivalent).
-- A DELETE is refused while its couple and question still exist, so deleting a whole couple (or a
-- question) still cascades.
CREATE TRIGGER "AnswerRevision_no_update" BEFORE UPDATE ON "AnswerRevision" BEGIN SELECT RAISE(ABORT, 'AnswerRevision rows are append-only history'); END;
CREATE TRIGGER "AnswerRevision_no_delete" BEFORE DELETE ON "AnswerRevision"
WHEN EXISTS (SELECT 1 FROM "Question" WHERE "id" = OLD."questionId") AND EXISTS (SELECT 1 FROM "Couple" WHERE "id" = OLD."coupleId")
  AND EXISTS (SELECT 1 FROM "Membership" WHERE "userId" = OLD."authorId" AND "coupleId" = OLD."coupleId")
BEGIN SELECT RAISE(ABORT, 'AnswerRevision rows are append-only history'); END;
