import "server-only";
import { readableCommitments } from "@/lib/server/couples/boundary";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type ReadContext } from "@/lib/server/access";
import { Prisma } from "@/lib/generated/prisma/client";
import { localDateIn } from "@/lib/check-ins/dates";
import { COMMITMENT_MESSAGES as M, COMMITMENT_NOT_FOUND, LOG_NOT_FOUND, type Cadence } from "@/lib/validation/commitment";
import { refuse, type ActionResult } from "@/lib/validation/form";
import { COMMITMENT_STARTERS, type StarterKey } from "@/lib/commitments/starters";
import { inBreachGroup, isBreach } from "@/lib/content/readers";

// Commitments (stage 4). Logs and reviews are immutable history: only ever created. A log's
// review is unique per log in the database, so a double click or two tabs can't answer twice.

export async function createCommitment(
  ctx: ReadContext,
  input: { what: string; cadence: Cadence; timeZone: string },
): Promise<ActionResult<{ id: string }>> {
  assertWriter(ctx);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.commitment.create({
      data: { coupleId: ctx.coupleId, ownerId: ctx.userId, what: input.what, cadence: input.cadence, timeZone: input.timeZone },
      select: { id: true },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "commitment.created", subject: row.id });
    return row;
  });
  return { ok: true, data: created };
}

/**
 * A one-click commitment (lib/commitments/starters.ts): a real commitment, so its logs count in the
 * kept-rate like any other. Once per owner: a second click (or two racing ones, by the unique key)
 * returns the first. Offered only when the couple's kind of breach fits the starter.
 */
export async function startCommitment(
  ctx: ReadContext,
  input: { starter: StarterKey; timeZone: string },
): Promise<ActionResult<{ id: string; created: boolean }>> {
  assertWriter(ctx);
  const starter = COMMITMENT_STARTERS[input.starter];
  const mine = { coupleId: ctx.coupleId, ownerId: ctx.userId, starter: input.starter };
  const attempt = () =>
    db.$transaction(async (tx): Promise<ActionResult<{ id: string; created: boolean }>> => {
      const couple = await tx.couple.findUnique({ where: { id: ctx.coupleId }, select: { breach: true } });
      if (!inBreachGroup(isBreach(couple?.breach) ? couple.breach : null, starter.onlyFor)) return refuse(M.starterNotOffered);
      const existing = await tx.commitment.findFirst({ where: mine, select: { id: true } });
      if (existing) return { ok: true, data: { id: existing.id, created: false } };
      const row = await tx.commitment.create({
        data: { ...mine, what: starter.what, cadence: starter.cadence, timeZone: input.timeZone },
        select: { id: true },
      });
      await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "commitment.created", subject: row.id });
      return { ok: true, data: { id: row.id, created: true } };
    });
  try {
    return await attempt();
  } catch (error) {
    // Two clicks raced past the lookup: the unique key kept one; the second finds it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return attempt();
    throw error;
  }
}

/** The owner logs an occasion as kept or missed, dated in their own time zone. */
export async function logCommitment(
  ctx: ReadContext,
  input: { id: string; outcome: "kept" | "missed"; note: string },
  now = new Date(),
): Promise<ActionResult<{ id: string }>> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
    const commitment = await tx.commitment.findFirst({
      where: { id: input.id, coupleId: ctx.coupleId },
      select: { id: true, ownerId: true, cadence: true, timeZone: true },
    });
    if (!commitment) return refuse(COMMITMENT_NOT_FOUND);
    if (commitment.ownerId !== ctx.userId) return refuse(M.notOwner);
    const localDate = localDateIn(commitment.timeZone, now);
    if (
      commitment.cadence === "once" &&
      (await tx.commitmentLog.count({ where: { commitmentId: commitment.id, coupleId: ctx.coupleId } })) > 0
    )
      return refuse(M.onceDone);
    if (
      commitment.cadence === "daily" &&
      (await tx.commitmentLog.count({ where: { commitmentId: commitment.id, coupleId: ctx.coupleId, localDate } })) > 0
    )
      return refuse(M.dailyDone);
    const log = await tx.commitmentLog.create({
      data: {
        coupleId: ctx.coupleId,
        commitmentId: commitment.id,
        authorId: ctx.userId,
        localDate,
        outcome: input.outcome,
        note: input.note,
      },
      select: { id: true },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "commitment.logged", subject: commitment.id });
    return { ok: true, data: { id: log.id } };
  });
}

/** The other partner confirms a log, or gently disputes it with a note. */
export async function reviewCommitmentLog(
  ctx: ReadContext,
  input: { id: string; verdict: "confirmed" | "disputed"; note: string },
): Promise<ActionResult> {
  assertWriter(ctx);
  try {
    return await db.$transaction(async (tx): Promise<ActionResult> => {
      const log = await tx.commitmentLog.findFirst({
        where: { id: input.id, coupleId: ctx.coupleId, commitment: { AND: readableCommitments<Prisma.CommitmentWhereInput>(ctx) } },
        select: { id: true, authorId: true, commitmentId: true, review: { select: { id: true } } },
      });
      if (!log) return refuse(LOG_NOT_FOUND);
      if (log.authorId === ctx.userId) return refuse(M.ownLog);
      if (log.review) return refuse(M.alreadyReviewed);
      await tx.commitmentReview.create({
        data: { coupleId: ctx.coupleId, logId: log.id, reviewerId: ctx.userId, verdict: input.verdict, note: input.note },
      });
      await recordEvent(tx, {
        coupleId: ctx.coupleId,
        actorId: ctx.userId,
        action: `commitment.${input.verdict}`,
        subject: log.commitmentId,
      });
      return { ok: true, data: undefined };
    });
  } catch (error) {
    // Two answers at once: the unique key on logId lets exactly one in.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return refuse(M.alreadyReviewed);
    throw error;
  }
}
