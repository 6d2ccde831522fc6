import "server-only";
import { readableTalks } from "@/lib/server/couples/boundary";
import { addMinutes, subMinutes } from "date-fns";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { queueMail } from "@/lib/server/email/queue";
import { assertWriter, type PartnerContext, type ReadContext } from "@/lib/server/access";
import { createCommitment } from "@/lib/server/commitments/write";
import { proposeAgreement } from "@/lib/server/agreements/write";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/check-ins/dates";
import { talkingItThroughContent } from "@/lib/content/talking-it-through";
import { talkSteps } from "@/lib/talks/steps";
import { formatInZone, utcToZoned, zonedTimeToUtc } from "@/lib/talks/zoned";
import {
  FOLLOW_UP_NOT_FOUND,
  TALK_MAX_DAYS_AHEAD,
  TALK_MESSAGES as M,
  TALK_MINUTES,
  TALK_NOT_FOUND,
  type ConvertFollowUpInput,
  type RescheduleTalkInput,
  type ScheduleTalkInput,
  type StepTalkInput,
  type TalkNoteInput,
} from "@/lib/validation/talk";
import { AGREEMENT_TITLE_MAX } from "@/lib/validation/agreement";
import { refuse, type ActionResult, type FieldErrors } from "@/lib/validation/form";

// Talks (stage 2). Every change of state is a conditional update with the
// expected status (or step) in its where and a count check, so a double click or both partners
// acting at once can't both win. Times are chosen on a partner's own clock and stored in UTC.

type Tx = Prisma.TransactionClient;
type When = { date: string; time: string; timeZone: string; minutes: number };

const fieldError = (field: string, message: string): ActionResult<never> => ({
  ok: false,
  fieldErrors: { [field]: [message] } as FieldErrors,
});

/** Talks that still hold their slot in the couple's calendar. */
const OPEN = ["proposed", "accepted", "live"];

/** Turns a wall-clock time into a free slot, or the field error that says why not. */
async function place(
  tx: Tx,
  ctx: PartnerContext,
  when: When,
  now: Date,
  excludeId?: string,
): Promise<{ ok: true; startsAt: Date } | { ok: false; result: ActionResult<never> }> {
  const startsAt = zonedTimeToUtc(when.date, when.time, when.timeZone);
  if (!startsAt) return { ok: false, result: fieldError("time", M.skipped) };
  if (startsAt.getTime() <= now.getTime()) return { ok: false, result: fieldError("time", M.past) };
  if (startsAt.getTime() > now.getTime() + TALK_MAX_DAYS_AHEAD * 86_400_000) return { ok: false, result: fieldError("date", M.tooFar) };
  const end = addMinutes(startsAt, when.minutes);
  const nearby = await tx.talk.findMany({
    where: {
      coupleId: ctx.coupleId,
      status: { in: OPEN },
      startsAt: { lt: end, gt: subMinutes(startsAt, TALK_MINUTES.max) },
      ...(excludeId ? { id: { not: excludeId } } : {}),
    },
    select: { startsAt: true, minutes: true, timeZone: true },
  });
  const clash = nearby.find((c) => addMinutes(c.startsAt, c.minutes) > startsAt);
  if (clash) return { ok: false, result: fieldError("time", M.overlap(formatInZone(clash.startsAt, when.timeZone))) };
  return { ok: true, startsAt };
}

/**
 * Who answers a proposal: the partner it waits for; when it was made before the other partner
 * joined (nobody to wait for then), whoever isn't the one who proposed it.
 */
function mayAnswer(talk: { awaitingId: string | null; proposedBy: string }, userId: string): boolean {
  return talk.awaitingId ? talk.awaitingId === userId : talk.proposedBy !== userId;
}

/** The `where` of the couple's talk `id`, if the caller may see it (readableTalks). */
function readableTalkWhere(ctx: PartnerContext, id: string): Prisma.TalkWhereInput {
  return { id, coupleId: ctx.coupleId, AND: readableTalks<Prisma.TalkWhereInput>(ctx) };
}

async function otherPartner(tx: Tx, ctx: PartnerContext): Promise<string | null> {
  const other = await tx.membership.findFirst({ where: { coupleId: ctx.coupleId, userId: { not: ctx.userId } }, select: { userId: true } });
  return other?.userId ?? null;
}

/** A partner proposes a talk at a time on their own clock; the other partner is asked to accept it. */
export async function scheduleTalk(ctx: ReadContext, input: ScheduleTalkInput, now = new Date()): Promise<ActionResult<{ id: string }>> {
  assertWriter(ctx);
  // The proposer speaks first, and the attachment-injury talk opens with the hurt partner naming the hurt.
  if (input.template === "attachment-injury" && ctx.side === "involved") return fieldError("template", M.hurtProposes);
  return db.$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
    const slot = await place(tx, ctx, input, now);
    if (!slot.ok) return slot.result;
    const row = await tx.talk.create({
      data: {
        coupleId: ctx.coupleId,
        proposedBy: ctx.userId,
        topic: input.topic,
        template: input.template,
        startsAt: slot.startsAt,
        minutes: input.minutes,
        timeZone: input.timeZone,
        status: "proposed",
        awaitingId: await otherPartner(tx, ctx),
        recurEveryDays: input.recurEveryDays,
      },
      select: { id: true, awaitingId: true },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "talk.proposed", subject: row.id });
    // "Your partner proposed a talk", never its topic or time; queued with the talk, so a rolled-back
    // proposal mails nothing. The other partner may have switched these emails off.
    if (row.awaitingId) {
      await queueMail(tx, { coupleId: ctx.coupleId, userId: row.awaitingId, kind: "talk", key: `talk:${row.id}:${row.awaitingId}` }, now);
    }
    return { ok: true, data: { id: row.id } };
  });
}

/** "Another time?": the partner asked suggests a new time (or either partner moves an agreed talk); the other is asked next. */
export async function rescheduleTalk(ctx: ReadContext, input: RescheduleTalkInput, now = new Date()): Promise<ActionResult> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const talk = await tx.talk.findFirst({
      where: readableTalkWhere(ctx, input.id),
      select: { id: true, status: true, awaitingId: true, proposedBy: true, startsAt: true },
    });
    if (!talk) return refuse(TALK_NOT_FOUND);
    // A proposal whose time passed unanswered can be moved by either partner.
    if (talk.status === "proposed" && !mayAnswer(talk, ctx.userId) && talk.startsAt > now) return refuse(M.notAwaiting);
    if (talk.status !== "proposed" && talk.status !== "accepted") return refuse(M.closed);
    const slot = await place(tx, ctx, input, now, talk.id);
    if (!slot.ok) return slot.result;
    const changed = await tx.talk.updateMany({
      where: { id: talk.id, coupleId: ctx.coupleId, status: talk.status },
      data: {
        startsAt: slot.startsAt,
        minutes: input.minutes,
        timeZone: input.timeZone,
        status: "proposed",
        awaitingId: await otherPartner(tx, ctx),
      },
    });
    if (changed.count !== 1) return refuse(M.notProposed);
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "talk.rescheduled", subject: talk.id });
    return { ok: true, data: undefined };
  });
}

export async function acceptTalk(ctx: ReadContext, input: { id: string }, now = new Date()): Promise<ActionResult> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const talk = await tx.talk.findFirst({
      where: readableTalkWhere(ctx, input.id),
      select: { id: true, status: true, awaitingId: true, proposedBy: true, startsAt: true },
    });
    if (!talk) return refuse(TALK_NOT_FOUND);
    if (talk.status !== "proposed") return refuse(M.notProposed);
    if (!mayAnswer(talk, ctx.userId)) return refuse(M.notAwaiting);
    if (talk.startsAt <= now) return refuse(M.past);
    const changed = await tx.talk.updateMany({
      where: { id: talk.id, coupleId: ctx.coupleId, status: "proposed", awaitingId: talk.awaitingId },
      data: { status: "accepted", awaitingId: null },
    });
    if (changed.count !== 1) return refuse(M.notProposed);
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "talk.accepted", subject: talk.id });
    return { ok: true, data: undefined };
  });
}

export async function cancelTalk(ctx: ReadContext, input: { id: string }): Promise<ActionResult> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const changed = await tx.talk.updateMany({
      where: { ...readableTalkWhere(ctx, input.id), status: { in: ["proposed", "accepted"] } },
      data: { status: "cancelled", awaitingId: null },
    });
    if (changed.count !== 1) {
      const exists = await tx.talk.count({ where: readableTalkWhere(ctx, input.id) });
      return refuse(exists ? M.closed : TALK_NOT_FOUND);
    }
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "talk.cancelled", subject: input.id });
    return { ok: true, data: undefined };
  });
}

/** Either partner starts an agreed talk (early is fine: the time was a plan, not a gate). */
export async function startTalk(ctx: ReadContext, input: { id: string }, now = new Date()): Promise<ActionResult> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const changed = await tx.talk.updateMany({
      where: { ...readableTalkWhere(ctx, input.id), status: "accepted" },
      data: { status: "live", startedAt: now, step: 0, pausedAt: null },
    });
    if (changed.count !== 1) {
      const talk = await tx.talk.findFirst({ where: readableTalkWhere(ctx, input.id), select: { status: true } });
      if (!talk) return refuse(TALK_NOT_FOUND);
      if (talk.status === "live") return { ok: true, data: undefined };
      return refuse(M.notAccepted);
    }
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "talk.started", subject: input.id });
    return { ok: true, data: undefined };
  });
}

/** Moves the guided turns on (or back) one step, from the step the page was showing. */
export async function stepTalk(ctx: ReadContext, input: StepTalkInput): Promise<ActionResult<{ step: number }>> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult<{ step: number }>> => {
    const talk = await tx.talk.findFirst({
      where: readableTalkWhere(ctx, input.id),
      select: { id: true, status: true, template: true, pausedAt: true },
    });
    if (!talk) return refuse(TALK_NOT_FOUND);
    if (talk.status !== "live") return refuse(M.notLive);
    if (talk.pausedAt) return refuse(M.paused);
    const last = talkSteps(talk.template, talkingItThroughContent()).length - 1;
    if (Math.abs(input.to - input.from) !== 1 || input.to < 0 || input.to > last) return refuse(M.stepMoved);
    const changed = await tx.talk.updateMany({
      where: { id: talk.id, coupleId: ctx.coupleId, status: "live", step: input.from, pausedAt: null },
      data: { step: input.to },
    });
    if (changed.count !== 1) return refuse(M.stepMoved);
    return { ok: true, data: { step: input.to } };
  });
}

/** Either partner pauses a live talk ("take 20 minutes"), or resumes it. */
export async function pauseTalk(ctx: ReadContext, input: { id: string; pause: boolean }, now = new Date()): Promise<ActionResult> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const talk = await tx.talk.findFirst({ where: readableTalkWhere(ctx, input.id), select: { id: true, status: true } });
    if (!talk) return refuse(TALK_NOT_FOUND);
    if (talk.status !== "live") return refuse(M.notLive);
    const changed = await tx.talk.updateMany({
      where: { id: talk.id, coupleId: ctx.coupleId, status: "live", pausedAt: input.pause ? null : { not: null } },
      data: { pausedAt: input.pause ? now : null },
    });
    if (changed.count !== 1) return refuse(input.pause ? M.alreadyPaused : M.notPaused);
    await recordEvent(tx, {
      coupleId: ctx.coupleId,
      actorId: ctx.userId,
      action: input.pause ? "talk.paused" : "talk.resumed",
      subject: talk.id,
    });
    return { ok: true, data: undefined };
  });
}

/**
 * Ends a live talk. A repeating "state of us" schedules the next one, a week or two weeks later
 * (its `recurEveryDays`) at the same local time, if that slot is free.
 */
export async function endTalk(ctx: ReadContext, input: { id: string }, now = new Date()): Promise<ActionResult<{ nextId: string | null }>> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult<{ nextId: string | null }>> => {
    const talk = await tx.talk.findFirst({
      where: readableTalkWhere(ctx, input.id),
      select: {
        id: true,
        status: true,
        recurEveryDays: true,
        startsAt: true,
        timeZone: true,
        minutes: true,
        topic: true,
        template: true,
        proposedBy: true,
      },
    });
    if (!talk) return refuse(TALK_NOT_FOUND);
    const changed = await tx.talk.updateMany({
      where: { id: talk.id, coupleId: ctx.coupleId, status: "live" },
      data: { status: "done", endedAt: now, pausedAt: null },
    });
    if (changed.count !== 1) return refuse(M.notLive);
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "talk.ended", subject: talk.id });
    let nextId: string | null = null;
    const every = talk.recurEveryDays;
    if (every > 0) {
      const local = utcToZoned(talk.startsAt, talk.timeZone);
      // The next free turn at the same local time: one turn on, or later if this one ran late.
      for (let turns = 1; turns <= 4 && !nextId; turns++) {
        const slot = await place(
          tx,
          ctx,
          { ...local, date: addDays(local.date, every * turns), timeZone: talk.timeZone, minutes: talk.minutes },
          now,
        );
        if (!slot.ok) continue;
        const next = await tx.talk.create({
          data: {
            coupleId: ctx.coupleId,
            proposedBy: talk.proposedBy,
            topic: talk.topic,
            template: talk.template,
            startsAt: slot.startsAt,
            minutes: talk.minutes,
            timeZone: talk.timeZone,
            status: "accepted",
            recurEveryDays: every,
          },
          select: { id: true },
        });
        nextId = next.id;
        await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "talk.recurred", subject: next.id });
      }
    }
    return { ok: true, data: { nextId } };
  });
}

/**
 * Either partner stops a "state of us" from repeating: the planned one stays (call it off to drop
 * it too), and ending it schedules no next one. Stepping back is always open, so not joint work.
 */
export async function stopTalkRepeat(ctx: ReadContext, input: { id: string }): Promise<ActionResult> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const changed = await tx.talk.updateMany({
      where: { ...readableTalkWhere(ctx, input.id), status: { in: OPEN }, recurEveryDays: { gt: 0 } },
      data: { recurEveryDays: 0 },
    });
    if (changed.count !== 1) {
      const talk = await tx.talk.findFirst({ where: readableTalkWhere(ctx, input.id), select: { status: true } });
      if (!talk) return refuse(TALK_NOT_FOUND);
      return refuse(OPEN.includes(talk.status) ? M.notRepeating : M.closed);
    }
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "talk.repeat-stopped", subject: input.id });
    return { ok: true, data: undefined };
  });
}

const STARTED = ["live", "done"];

/** A partner's own notes on a talk that has started: one per partner, private by default. */
export async function saveTalkNote(ctx: ReadContext, input: TalkNoteInput): Promise<ActionResult> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const talk = await tx.talk.findFirst({ where: readableTalkWhere(ctx, input.id), select: { id: true, status: true } });
    if (!talk) return refuse(TALK_NOT_FOUND);
    if (!STARTED.includes(talk.status)) return refuse(M.notAfter);
    await tx.talkNote.upsert({
      where: { talkId_authorId: { talkId: talk.id, authorId: ctx.userId }, coupleId: ctx.coupleId },
      create: { coupleId: ctx.coupleId, talkId: talk.id, authorId: ctx.userId, text: input.text, visibility: input.visibility },
      update: { text: input.text, visibility: input.visibility },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "talk.noted", subject: talk.id });
    return { ok: true, data: undefined };
  });
}

export async function addFollowUp(ctx: ReadContext, input: { id: string; text: string }): Promise<ActionResult<{ id: string }>> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
    const talk = await tx.talk.findFirst({ where: readableTalkWhere(ctx, input.id), select: { id: true, status: true } });
    if (!talk) return refuse(TALK_NOT_FOUND);
    if (!STARTED.includes(talk.status)) return refuse(M.notAfter);
    const row = await tx.talkFollowUp.create({
      data: { coupleId: ctx.coupleId, talkId: talk.id, authorId: ctx.userId, text: input.text },
      select: { id: true },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "talk.follow-up", subject: talk.id });
    return { ok: true, data: row };
  });
}

/**
 * Turns a follow-up into a commitment of the caller's own, or an agreement proposal, through those
 * modules' own writes. The follow-up is claimed first (a conditional update), so a double click
 * makes one; if the other module refuses, the claim is given back.
 */
export async function convertFollowUp(ctx: ReadContext, input: ConvertFollowUpInput): Promise<ActionResult<{ id: string }>> {
  assertWriter(ctx);
  const claimed = await db.$transaction(async (tx) => {
    const row = await tx.talkFollowUp.findFirst({
      where: { id: input.id, coupleId: ctx.coupleId, talk: { AND: readableTalks<Prisma.TalkWhereInput>(ctx) } },
      select: { id: true, text: true, became: true },
    });
    if (!row) return refuse(FOLLOW_UP_NOT_FOUND);
    const changed = await tx.talkFollowUp.updateMany({
      where: { id: row.id, coupleId: ctx.coupleId, became: "" },
      data: { became: input.into },
    });
    if (changed.count !== 1) return refuse(M.converted);
    return { ok: true as const, data: row };
  });
  if (!claimed.ok) return claimed;
  const text = claimed.data.text;
  const made =
    input.into === "commitment"
      ? await createCommitment(ctx, { what: text, cadence: input.cadence, timeZone: input.timeZone })
      : await proposeAgreement(ctx, {
          title: text.length > AGREEMENT_TITLE_MAX ? `${text.slice(0, AGREEMENT_TITLE_MAX - 1)}…` : text,
          text,
          category: "communication",
          scope: "",
          reviewAt: null,
          endsAt: null,
        });
  await db.$transaction(async (tx) => {
    await tx.talkFollowUp.updateMany({
      where: { id: claimed.data.id, coupleId: ctx.coupleId, became: input.into },
      data: made.ok ? { becameId: made.data.id } : { became: "" },
    });
  });
  return made;
}
