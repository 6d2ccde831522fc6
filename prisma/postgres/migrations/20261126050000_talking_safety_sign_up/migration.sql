-- AlterTable
ALTER TABLE "UserSession" ADD COLUMN     "noticesSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "SignUpRequest" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "SignUpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyCheck" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "flagged" BOOLEAN NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SafetyCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointPause" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JointPause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "askerId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "repeatOfId" TEXT,
    "heldAt" TIMESTAMP(3),
    "heldById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnswerRevision" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TriggerEvent" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "intensity" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "noteVisibility" TEXT NOT NULL DEFAULT 'private',
    "localDate" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TriggerEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TriggerReply" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "triggerId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TriggerReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TriggerPlan" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "helpsMe" TEXT NOT NULL DEFAULT '',
    "iWill" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TriggerPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "proposedBy" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "template" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "minutes" INTEGER NOT NULL,
    "timeZone" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "awaitingId" TEXT,
    "recurWeekly" BOOLEAN NOT NULL DEFAULT false,
    "step" INTEGER NOT NULL DEFAULT 0,
    "pausedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationNote" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "visibility" TEXT NOT NULL DEFAULT 'private',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationFollowUp" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "became" TEXT NOT NULL DEFAULT '',
    "becameId" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConversationFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignUpRequest_tokenHash_key" ON "SignUpRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "SignUpRequest_email_idx" ON "SignUpRequest"("email");

-- CreateIndex
CREATE INDEX "SafetyCheck_userId_takenAt_idx" ON "SafetyCheck"("userId", "takenAt");

-- CreateIndex
CREATE INDEX "SafetyCheck_coupleId_idx" ON "SafetyCheck"("coupleId");

-- CreateIndex
CREATE UNIQUE INDEX "JointPause_coupleId_userId_key" ON "JointPause"("coupleId", "userId");

-- CreateIndex
CREATE INDEX "Question_coupleId_createdAt_idx" ON "Question"("coupleId", "createdAt");

-- CreateIndex
CREATE INDEX "AnswerRevision_coupleId_idx" ON "AnswerRevision"("coupleId");

-- CreateIndex
CREATE UNIQUE INDEX "AnswerRevision_questionId_number_key" ON "AnswerRevision"("questionId", "number");

-- CreateIndex
CREATE INDEX "TriggerEvent_coupleId_localDate_idx" ON "TriggerEvent"("coupleId", "localDate");

-- CreateIndex
CREATE INDEX "TriggerReply_triggerId_idx" ON "TriggerReply"("triggerId");

-- CreateIndex
CREATE UNIQUE INDEX "TriggerPlan_coupleId_authorId_key" ON "TriggerPlan"("coupleId", "authorId");

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

-- AddForeignKey
ALTER TABLE "SafetyCheck" ADD CONSTRAINT "SafetyCheck_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyCheck" ADD CONSTRAINT "SafetyCheck_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointPause" ADD CONSTRAINT "JointPause_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointPause" ADD CONSTRAINT "JointPause_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerRevision" ADD CONSTRAINT "AnswerRevision_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerRevision" ADD CONSTRAINT "AnswerRevision_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriggerEvent" ADD CONSTRAINT "TriggerEvent_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriggerReply" ADD CONSTRAINT "TriggerReply_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriggerReply" ADD CONSTRAINT "TriggerReply_triggerId_fkey" FOREIGN KEY ("triggerId") REFERENCES "TriggerEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriggerPlan" ADD CONSTRAINT "TriggerPlan_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationNote" ADD CONSTRAINT "ConversationNote_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationNote" ADD CONSTRAINT "ConversationNote_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationFollowUp" ADD CONSTRAINT "ConversationFollowUp_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationFollowUp" ADD CONSTRAINT "ConversationFollowUp_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Answer revisions are append-only history, trigger replies immutable (the PostgreSQL twins of the
-- SQLite triggers in 20261126010000_questions and 20261126010100_triggers). A revision may be
-- deleted only with its question or couple, or once its author has left the couple (leaving or
-- deleting an account). Semicolons inside the bodies are written \073: the adapter splits scripts at
-- every semicolon.
CREATE FUNCTION "mend_refuse_answer_update"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN RAISE EXCEPTION ''AnswerRevision rows are append-only history''\073 END\073';
CREATE FUNCTION "mend_refuse_answer_delete"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN IF EXISTS (SELECT 1 FROM "Question" WHERE "id" = OLD."questionId") AND EXISTS (SELECT 1 FROM "Couple" WHERE "id" = OLD."coupleId") AND EXISTS (SELECT 1 FROM "Membership" WHERE "userId" = OLD."authorId" AND "coupleId" = OLD."coupleId") THEN RAISE EXCEPTION ''AnswerRevision rows are append-only history''\073 END IF\073 RETURN OLD\073 END\073';
CREATE TRIGGER "AnswerRevision_no_update" BEFORE UPDATE ON "AnswerRevision" FOR EACH ROW EXECUTE FUNCTION "mend_refuse_answer_update"();
CREATE TRIGGER "AnswerRevision_no_delete" BEFORE DELETE ON "AnswerRevision" FOR EACH ROW EXECUTE FUNCTION "mend_refuse_answer_delete"();
CREATE TRIGGER "TriggerReply_immutable" BEFORE UPDATE ON "TriggerReply" FOR EACH ROW EXECUTE FUNCTION "mend_refuse_history_update"();
