import "server-only";
import { readableQuestions } from "@/lib/server/couples/boundary";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { canRead, type ReadContext } from "@/lib/server/access";
import { coupleMemberNames } from "@/lib/server/couples/members";

// Reads of the question-and-answer record. Both partners see every question and every answer
// revision. A therapist link sees only held questions, and only when its scope includes them.

export type AnswerRevisionView = { number: number; text: string; authorId: string; authorName: string; createdAt: Date };
export type QuestionView = {
  id: string;
  text: string;
  askerId: string;
  askerName: string;
  createdAt: Date;
  heldAt: Date | null;
  heldByName: string | null;
  repeatOf: { id: string; text: string } | null;
  /** Oldest first; the last one is the current answer. */
  answers: AnswerRevisionView[];
};
export type QuestionRecord = { open: QuestionView[]; held: QuestionView[] };

export const QUESTION_LIMIT = 300;

export async function listQuestions(ctx: ReadContext): Promise<QuestionRecord> {
  const therapist = ctx.kind === "therapist";
  if (!canRead(ctx, "held-questions")) return { open: [], held: [] };
  const [rows, names] = await Promise.all([
    db.question.findMany({
      where: {
        coupleId: ctx.coupleId,
        ...(therapist ? { heldAt: { not: null } } : {}),
        AND: readableQuestions<Prisma.QuestionWhereInput>(ctx),
      },
      select: {
        id: true,
        text: true,
        askerId: true,
        createdAt: true,
        heldAt: true,
        heldById: true,
        repeatOfId: true,
        answers: {
          where: { coupleId: ctx.coupleId },
          select: { number: true, text: true, authorId: true, createdAt: true },
          orderBy: { number: "asc" },
        },
      },
      orderBy: { createdAt: "desc" },
      take: QUESTION_LIMIT,
    }),
    coupleMemberNames(ctx),
  ]);
  const nameOf = (id: string | null) => (id && names.get(id)) || "A former partner";
  const byId = new Map(rows.map((r) => [r.id, r]));
  const views: QuestionView[] = rows.map((r) => {
    const earlier = r.repeatOfId ? byId.get(r.repeatOfId) : undefined;
    return {
      id: r.id,
      text: r.text,
      askerId: r.askerId,
      askerName: nameOf(r.askerId),
      createdAt: r.createdAt,
      heldAt: r.heldAt,
      heldByName: r.heldById ? nameOf(r.heldById) : null,
      repeatOf: earlier ? { id: earlier.id, text: earlier.text } : null,
      answers: r.answers.map((a) => ({ ...a, authorName: nameOf(a.authorId) })),
    };
  });
  return { open: views.filter((q) => !q.heldAt), held: views.filter((q) => q.heldAt) };
}
