import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { canRead, type ReadContext } from "@/lib/server/access";
import { readableIntake } from "@/lib/server/couples/boundary";
import { coupleMemberNames } from "@/lib/server/couples/members";
import { getBreach } from "@/lib/server/couples/couple";
import { isAffair } from "@/lib/content/readers";
import { VISIBILITIES, type Visibility } from "@/lib/entries/labels";
import { AFFAIR_ONLY_QUESTIONS, INTAKE_QUESTIONS, isIntakeQuestion, type IntakeQuestion } from "@/lib/validation/intake";

// Reads of the intake summary. Each answer carries its own visibility, and the rule is in each
// query's where: the author reads all their own answers; the other partner reads answers marked
// "partner" or "partner and therapist"; a therapist link whose scope includes "intake" reads only
// "partner and therapist". Never an answer marked "only me", for anyone but its author.

export type IntakeAnswerView = { question: IntakeQuestion; value: string; visibility: Visibility; updatedAt: Date };
export type IntakeView = { authorId: string; authorName: string; isMine: boolean; answers: IntakeAnswerView[] };

function visibleWhere(ctx: ReadContext): Prisma.IntakeAnswerWhereInput {
  if (ctx.kind === "therapist") return { visibility: "therapist" };
  return { OR: [{ authorId: ctx.userId }, { visibility: { in: ["partner", "therapist"] } }] };
}

/**
 * Each partner's readable answers (the reader's own first, then the other's), in the form's
 * order. Contact with an affair partner and STI tests are shown only while the couple says an
 * affair happened. A partner with no readable answer is left out.
 */
export async function listIntake(ctx: ReadContext): Promise<IntakeView[]> {
  if (!canRead(ctx, "intake")) return [];
  const [rows, names, breach] = await Promise.all([
    db.intakeAnswer.findMany({
      where: { coupleId: ctx.coupleId, ...visibleWhere(ctx), AND: readableIntake<Prisma.IntakeAnswerWhereInput>(ctx) },
      select: { authorId: true, question: true, value: true, visibility: true, updatedAt: true },
    }),
    coupleMemberNames(ctx),
    getBreach(ctx),
  ]);
  const affair = isAffair(breach);
  const me = ctx.kind === "partner" ? ctx.userId : null;
  const views: IntakeView[] = [];
  for (const [authorId, authorName] of names) {
    const answers = rows
      .filter((r) => r.authorId === authorId && isIntakeQuestion(r.question))
      // The author always reads (and exports) their own answers, whatever the breach says now.
      .filter((r) => affair || r.authorId === me || !AFFAIR_ONLY_QUESTIONS.includes(r.question as IntakeQuestion))
      .filter((r) => (VISIBILITIES as readonly string[]).includes(r.visibility))
      .map((r) => ({
        question: r.question as IntakeQuestion,
        value: r.value,
        visibility: r.visibility as Visibility,
        updatedAt: r.updatedAt,
      }))
      .sort((a, b) => INTAKE_QUESTIONS.indexOf(a.question) - INTAKE_QUESTIONS.indexOf(b.question));
    if (answers.length > 0 || authorId === me) views.push({ authorId, authorName, isMine: authorId === me, answers });
  }
  return views.sort((a, b) => Number(b.isMine) - Number(a.isMine));
}
