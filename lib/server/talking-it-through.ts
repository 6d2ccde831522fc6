import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableTalks, sharedWithReaderSql } from "@/lib/server/couples/boundary";
import { db } from "@/lib/server/db";
import type { PartnerContext } from "@/lib/server/access";

// What waits for this partner in the talking-it-through tools, for the dashboard: counts only, no text.

export type TalkingItThroughSummary = {
  talksToAnswer: number;
  nextTalk: { id: string; topic: string; startsAt: Date; status: string } | null;
  questionsToAnswer: number;
  triggersToReply: number;
};

export async function talkingItThroughSummary(ctx: PartnerContext, now = new Date()): Promise<TalkingItThroughSummary> {
  const [talks, [counts]] = await Promise.all([
    // One read for both: the proposals waiting for this partner's answer, and the talks live or
    // about to start (accepted, from three hours ago on). Few rows either way.
    db.talk.findMany({
      where: {
        coupleId: ctx.coupleId,
        OR: [
          { status: "proposed", awaitingId: ctx.userId },
          { status: "live" },
          { status: "accepted", startsAt: { gte: new Date(now.getTime() - 3 * 3_600_000) } },
        ],
        AND: readableTalks<Prisma.TalkWhereInput>(ctx),
      },
      select: { id: true, topic: true, startsAt: true, status: true, awaitingId: true },
      orderBy: { startsAt: "asc" },
    }),
    // Both counts in one statement (issue 26): Prisma would send one for each.
    db.$queryRaw<{ questions: number | bigint; triggers: number | bigint }[]>`
      SELECT
        (SELECT COUNT(*) FROM "Question" q
          WHERE q."coupleId" = ${ctx.coupleId} AND q."heldAt" IS NULL AND q."askerId" <> ${ctx.userId}
            AND NOT EXISTS (SELECT 1 FROM "AnswerRevision" a WHERE a."questionId" = q."id" AND a."coupleId" = ${ctx.coupleId})
            ${sharedWithReaderSql(ctx, 'q."askerId"', 'q."createdAt"')}) AS "questions",
        (SELECT COUNT(*) FROM "TriggerEvent" t
          WHERE t."coupleId" = ${ctx.coupleId} AND t."authorId" <> ${ctx.userId} AND t."createdAt" >= ${new Date(now.getTime() - 7 * 86_400_000)}
            AND NOT EXISTS (SELECT 1 FROM "TriggerReply" r WHERE r."triggerId" = t."id" AND r."coupleId" = ${ctx.coupleId} AND r."authorId" = ${ctx.userId})
            ${sharedWithReaderSql(ctx, 't."authorId"', 't."createdAt"')}) AS "triggers"`,
  ]);
  const talksToAnswer = talks.filter((t) => t.status === "proposed" && t.awaitingId === ctx.userId).length;
  const next = talks.find((t) => t.status === "live" || t.status === "accepted");
  const nextTalk = next ? { id: next.id, topic: next.topic, startsAt: next.startsAt, status: next.status } : null;
  return { talksToAnswer, nextTalk, questionsToAnswer: Number(counts?.questions ?? 0), triggersToReply: Number(counts?.triggers ?? 0) };
}
