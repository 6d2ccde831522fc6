import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableQuestions, readableTalks, readableTriggers } from "@/lib/server/couples/boundary";
import { db } from "@/lib/server/db";
import type { PartnerContext } from "@/lib/server/access";

// What waits for this partner in the talking tools, for the dashboard: counts only, no text.

export type TalkingSummary = {
  talksToAnswer: number;
  nextTalk: { id: string; topic: string; startsAt: Date; status: string } | null;
  questionsToAnswer: number;
  triggersToReply: number;
};

export async function talkingSummary(ctx: PartnerContext, now = new Date()): Promise<TalkingSummary> {
  const [talksToAnswer, nextTalk, questionsToAnswer, recentTriggers] = await Promise.all([
    db.conversation.count({
      where: { coupleId: ctx.coupleId, status: "proposed", awaitingId: ctx.userId, AND: readableTalks<Prisma.ConversationWhereInput>(ctx) },
    }),
    db.conversation.findFirst({
      where: {
        coupleId: ctx.coupleId,
        OR: [{ status: "live" }, { status: "accepted", startsAt: { gte: new Date(now.getTime() - 3 * 3_600_000) } }],
        AND: readableTalks<Prisma.ConversationWhereInput>(ctx),
      },
      select: { id: true, topic: true, startsAt: true, status: true },
      orderBy: { startsAt: "asc" },
    }),
    db.question.count({
      where: {
        coupleId: ctx.coupleId,
        heldAt: null,
        askerId: { not: ctx.userId },
        answers: { none: { coupleId: ctx.coupleId } },
        AND: readableQuestions<Prisma.QuestionWhereInput>(ctx),
      },
    }),
    db.triggerEvent.count({
      where: {
        coupleId: ctx.coupleId,
        authorId: { not: ctx.userId },
        createdAt: { gte: new Date(now.getTime() - 7 * 86_400_000) },
        replies: { none: { coupleId: ctx.coupleId, authorId: ctx.userId } },
        AND: readableTriggers<Prisma.TriggerEventWhereInput>(ctx),
      },
    }),
  ]);
  return { talksToAnswer, nextTalk, questionsToAnswer, triggersToReply: recentTriggers };
}
