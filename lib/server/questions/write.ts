import "server-only";
import { readableQuestions } from "@/lib/server/couples/boundary";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type ReadContext } from "@/lib/server/access";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  QUESTION_MESSAGES as M,
  QUESTION_NOT_FOUND,
  type AnswerQuestionInput,
  type AskQuestionInput,
  type HoldQuestionInput,
} from "@/lib/validation/question";
import { refuse, type ActionResult } from "@/lib/validation/form";

// The question-and-answer record (stage 2). Answers are append-only: a revision is a new
// AnswerRevision row with the next number. Nothing here updates or deletes a revision, and the
// database refuses it too (SQLite triggers in prisma/migrations/20261126010000_questions).

/** Queue a question for the other partner. Asking again is normal: it links the earlier one. */
export async function askQuestion(ctx: ReadContext, input: AskQuestionInput): Promise<ActionResult<{ id: string }>> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
    if (input.repeatOf) {
      const earlier = await tx.question.findFirst({
        where: { id: input.repeatOf, coupleId: ctx.coupleId, AND: readableQuestions<Prisma.QuestionWhereInput>(ctx) },
        select: { id: true },
      });
      if (!earlier) return { ok: false, fieldErrors: { repeatOf: [QUESTION_NOT_FOUND] } };
    }
    const row = await tx.question.create({
      data: { coupleId: ctx.coupleId, askerId: ctx.userId, text: input.text, repeatOfId: input.repeatOf },
      select: { id: true },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "question.asked", subject: row.id });
    return { ok: true, data: row };
  });
}

/** Answer, or revise an answer: always a new revision; earlier ones stay as they were. */
export async function answerQuestion(ctx: ReadContext, input: AnswerQuestionInput): Promise<ActionResult<{ number: number }>> {
  assertWriter(ctx);
  try {
    return await db.$transaction(async (tx): Promise<ActionResult<{ number: number }>> => {
      const question = await tx.question.findFirst({
        where: { id: input.id, coupleId: ctx.coupleId, AND: readableQuestions<Prisma.QuestionWhereInput>(ctx) },
        select: { id: true, askerId: true, heldAt: true },
      });
      if (!question) return refuse(QUESTION_NOT_FOUND);
      if (question.askerId === ctx.userId) return refuse(M.ownQuestion);
      if (question.heldAt) return refuse(M.held);
      const latest = await tx.answerRevision.findFirst({
        where: { questionId: question.id, coupleId: ctx.coupleId },
        select: { number: true },
        orderBy: { number: "desc" },
      });
      const current = latest?.number ?? 0;
      if (current !== input.seen) return refuse(M.stale);
      const number = current + 1;
      await tx.answerRevision.create({
        data: { coupleId: ctx.coupleId, questionId: question.id, authorId: ctx.userId, number, text: input.text },
      });
      await recordEvent(tx, {
        coupleId: ctx.coupleId,
        actorId: ctx.userId,
        action: number === 1 ? "question.answered" : "question.revised",
        subject: question.id,
      });
      return { ok: true, data: { number } };
    });
  } catch (error) {
    // Two saves at once: the unique (questionId, number) lets exactly one in.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return refuse(M.stale);
    throw error;
  }
}

/** Either partner holds a question for a therapy session, or brings it back to the Q&A. */
export async function holdQuestion(ctx: ReadContext, input: HoldQuestionInput): Promise<ActionResult> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const question = await tx.question.findFirst({
      where: { id: input.id, coupleId: ctx.coupleId, AND: readableQuestions<Prisma.QuestionWhereInput>(ctx) },
      select: { id: true },
    });
    if (!question) return refuse(QUESTION_NOT_FOUND);
    const changed = await tx.question.updateMany({
      where: { id: question.id, coupleId: ctx.coupleId, heldAt: input.hold ? null : { not: null } },
      data: input.hold ? { heldAt: new Date(), heldById: ctx.userId } : { heldAt: null, heldById: null },
    });
    if (changed.count !== 1) return refuse(input.hold ? M.alreadyHeld : M.notHeld);
    await recordEvent(tx, {
      coupleId: ctx.coupleId,
      actorId: ctx.userId,
      action: input.hold ? "question.held" : "question.released",
      subject: question.id,
    });
    return { ok: true, data: undefined };
  });
}
