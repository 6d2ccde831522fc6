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
  const [talks, questionsToAnswer, recentTriggers] = await Promise.all([
    // One read for both: the proposals waiting for this partner's answer, and the talks live or
    // about to start (accepted, from three hours ago on). Few rows either way.
    db.conversation.findMany({
      where: {
        coupleId: ctx.coupleId,
        OR: [
          { status: "proposed", awaitingId: ctx.userId },
          { status: "live" },
          { status: "accepted", startsAt: { gte: new Date(now.getTime() - 3 * 3_600_000) } },
        ],
        AND: readableTalks<Prisma.ConversationWhereInput>(ctx),
      },
      select: { id: true, topic: true, startsAt: true, status: true, awaitingId: true },
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
  const talksToAnswer = talks.filter((t) => t.status === "proposed" && t.awaitingId === ctx.userId).length;
  const next = talks.find((t) => t.status === "live" || t.status === "accepted");
  const nextTalk = next ? { id: next.id, topic: next.topic, startsAt: next.startsAt, status: next.status } : null;
  return { talksToAnswer, nextTalk, questionsToAnswer, triggersToReply: recentTriggers };
}
