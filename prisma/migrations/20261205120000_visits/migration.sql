-- "Since your last visit" on the home page. Written by hand: Prisma would rebuild Membership, and
-- dropping that table breaks the triggers that name it (AnswerRevision_no_delete).
ALTER TABLE "Membership" ADD COLUMN "seenAt" DATETIME;
ALTER TABLE "Membership" ADD COLUMN "lastVisitEndedAt" DATETIME;
