-- One noun per feature (issue 25): the talks' tables, columns, keys and indexes are named for what
-- the app calls them, and every row stays. Sealed words stay sealed, but their associated data names the
-- old table, so `npm start` re-seals them under the new one (prisma/data-migrations).
ALTER TABLE "Conversation" RENAME TO "Talk";
ALTER TABLE "Talk" RENAME CONSTRAINT "Conversation_pkey" TO "Talk_pkey";
ALTER TABLE "Talk" RENAME CONSTRAINT "Conversation_coupleId_fkey" TO "Talk_coupleId_fkey";
ALTER INDEX "Conversation_coupleId_startsAt_idx" RENAME TO "Talk_coupleId_startsAt_idx";

ALTER TABLE "ConversationNote" RENAME TO "TalkNote";
ALTER TABLE "TalkNote" RENAME COLUMN "conversationId" TO "talkId";
ALTER TABLE "TalkNote" RENAME CONSTRAINT "ConversationNote_pkey" TO "TalkNote_pkey";
ALTER TABLE "TalkNote" RENAME CONSTRAINT "ConversationNote_coupleId_fkey" TO "TalkNote_coupleId_fkey";
ALTER TABLE "TalkNote" RENAME CONSTRAINT "ConversationNote_conversationId_fkey" TO "TalkNote_talkId_fkey";
ALTER INDEX "ConversationNote_coupleId_idx" RENAME TO "TalkNote_coupleId_idx";
ALTER INDEX "ConversationNote_conversationId_authorId_key" RENAME TO "TalkNote_talkId_authorId_key";

ALTER TABLE "ConversationFollowUp" RENAME TO "TalkFollowUp";
ALTER TABLE "TalkFollowUp" RENAME COLUMN "conversationId" TO "talkId";
ALTER TABLE "TalkFollowUp" RENAME CONSTRAINT "ConversationFollowUp_pkey" TO "TalkFollowUp_pkey";
ALTER TABLE "TalkFollowUp" RENAME CONSTRAINT "ConversationFollowUp_coupleId_fkey" TO "TalkFollowUp_coupleId_fkey";
ALTER TABLE "TalkFollowUp" RENAME CONSTRAINT "ConversationFollowUp_conversationId_fkey" TO "TalkFollowUp_talkId_fkey";
ALTER INDEX "ConversationFollowUp_conversationId_idx" RENAME TO "TalkFollowUp_talkId_idx";
ALTER INDEX "ConversationFollowUp_coupleId_idx" RENAME TO "TalkFollowUp_coupleId_idx";

-- The therapist link's section keys and the check-in's audit action, spelled as the app spells them now.
UPDATE "ShareLink" SET "scope" = REPLACE(REPLACE("scope", '"conversations"', '"talks"'), '"checkins"', '"check-ins"');
UPDATE "AuditEvent" SET "action" = 'check-in.saved' WHERE "action" = 'checkin.saved';
