-- CreateTable
CREATE TABLE "SealCanary" (
    "id" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SealCanary_pkey" PRIMARY KEY ("id")
);


-- History rows stay immutable, with one exception: seal-existing and rotate-key re-seal their words
-- inside a transaction that holds the SealCanary row "rewriting" (inserted and deleted in that same
-- transaction, so no other transaction ever sees it). Every other UPDATE is refused as before.
-- Semicolons inside the bodies are written \073: the adapter splits scripts at every semicolon.
CREATE OR REPLACE FUNCTION "mend_refuse_history_update"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN IF EXISTS (SELECT 1 FROM "SealCanary" WHERE "id" = ''rewriting'') THEN RETURN NEW\073 END IF\073 RAISE EXCEPTION ''% rows are immutable history'', TG_TABLE_NAME\073 END\073';
CREATE OR REPLACE FUNCTION "mend_refuse_answer_update"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN IF EXISTS (SELECT 1 FROM "SealCanary" WHERE "id" = ''rewriting'') THEN RETURN NEW\073 END IF\073 RAISE EXCEPTION ''AnswerRevision rows are append-only history''\073 END\073';
