import { describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerContext } from "@/lib/server/access";
import { readableQuestions, readableTriggers } from "@/lib/server/couples/boundary";
import { talkingItThroughSummary } from "@/lib/server/talking-it-through";
import { answerQuestion, askQuestion, holdQuestion } from "@/lib/server/questions/write";
import { logTrigger, replyToTrigger } from "@/lib/server/triggers/write";
import { leaveCouple } from "@/lib/server/departure/leave";
import { acceptInvite } from "@/lib/server/couples/invites";
import { db, invite, makeCouple, makeUser, partnerOf } from "./factories";

// The dashboard's two talking counters are one statement of SQL of our own (issue 26), run alike on
// SQLite and PostgreSQL (this file runs on both), with the new-partner boundary written in SQL too
// (sharedWithReaderSql). Each case compares them with the same counts through Prisma's client.

async function countsThroughPrisma(ctx: PartnerContext, now: Date) {
  const [questionsToAnswer, triggersToReply] = await Promise.all([
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
  return { questionsToAnswer, triggersToReply };
}

async function expectSameCounts(ctx: PartnerContext, expected: { questionsToAnswer: number; triggersToReply: number }) {
  const now = new Date();
  const summary = await talkingItThroughSummary(ctx, now);
  expect({ questionsToAnswer: summary.questionsToAnswer, triggersToReply: summary.triggersToReply }).toEqual(expected);
  expect(await countsThroughPrisma(ctx, now)).toEqual(expected);
}

const ok = <T>(res: { ok: true; data: T } | { ok: false }) => {
  if (!res.ok) throw new Error(`setup: ${JSON.stringify(res)}`);
  return res.data;
};

const trigger = (what: string) => ({ what, intensity: 3, note: "", noteVisibility: "private" as const, timeZone: "UTC" });

describe("the talking counters, in one statement", () => {
  it("counts the questions and triggers waiting for this partner: not answered, held, replied, their own or older than a week", async () => {
    const { a, b } = await makeCouple();
    const other = await makeCouple(["Jo", "Kim"]);
    await askQuestion(b, { text: "Waiting", repeatOf: null });
    const answered = ok(await askQuestion(b, { text: "Answered", repeatOf: null }));
    ok(await answerQuestion(a, { id: answered.id, text: "Here is my answer", seen: 0 }));
    const held = ok(await askQuestion(b, { text: "Held", repeatOf: null }));
    ok(await holdQuestion(a, { id: held.id, hold: true }));
    await askQuestion(a, { text: "Alex's own", repeatOf: null });
    await askQuestion(other.b, { text: "Another couple's", repeatOf: null });
    await logTrigger(b, trigger("Waiting for a reply"));
    const replied = ok(await logTrigger(b, trigger("Replied to")));
    ok(await replyToTrigger(a, { id: replied.id, text: "I'm here" }));
    const old = ok(await logTrigger(b, trigger("Eight days ago")));
    await db.triggerEvent.updateMany({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 8 * 86_400_000) } });
    await logTrigger(a, trigger("Alex's own"));
    await logTrigger(other.b, trigger("Another couple's"));

    await expectSameCounts(a, { questionsToAnswer: 1, triggersToReply: 1 });
    await expectSameCounts(b, { questionsToAnswer: 1, triggersToReply: 1 });
  });

  it("counts for a partner who joined after someone left only what was asked or logged since they joined", async () => {
    const { coupleId, a, b } = await makeCouple(["Parker", "Quinn"]);
    await askQuestion(a, { text: "Asked before Riley", repeatOf: null });
    await logTrigger(a, trigger("Logged before Riley"));
    ok(await leaveCouple(b, { shared: "keep" }));
    const { token } = await invite(a);
    const riley = await makeUser("Riley");
    expect((await acceptInvite(riley, token)).ok).toBe(true);
    const r = partnerOf(riley, coupleId);
    const [membership] = await db.membership.findMany({ where: { coupleId, userId: riley.userId }, select: { sharedSince: true } });
    const readerR = { ...r, sharedSince: membership!.sharedSince };
    await expectSameCounts(readerR, { questionsToAnswer: 0, triggersToReply: 0 });

    await askQuestion(a, { text: "Asked after Riley joined", repeatOf: null });
    await logTrigger(a, trigger("Logged after Riley joined"));
    await expectSameCounts(readerR, { questionsToAnswer: 1, triggersToReply: 1 });
  });
});
