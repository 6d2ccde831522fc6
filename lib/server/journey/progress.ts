import "server-only";
import { db } from "@/lib/server/db";
import { coupleMembers } from "@/lib/server/couples/members";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type ReadContext } from "@/lib/server/access";
import { STAGE_SLUGS, isStageSlug, type StageSlug } from "@/lib/content/stages";
import { refuse, type ActionResult } from "@/lib/validation/form";
import { STAGE_NOT_FOUND } from "@/lib/validation/journey";
import { readableEvents } from "@/lib/server/couples/boundary";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterStageDone, afterStageReopened } from "@/lib/server/maintenance/maintenance";

import { jointState, type JointState } from "@/lib/journey/joint-state";
import { MOVE_ON_NOT_YOURS, MOVE_ON_SLUG, holdsMoveOn, isJointStage } from "@/lib/journey/move-on";
import type { AuditAction } from "@/lib/audit/events";

export { jointState, type JointState };

export type StageProgressView = {
  slug: StageSlug;
  /**
   * Who marked it. On stage 8 these are choices to move on, and only the ones this reader may see:
   * a partner sees their own, never the other's; a therapist link sees those of partners who hold it.
   */
  doneBy: { userId: string; doneAt: Date }[];
  /** Null on stage 8: a choice one partner holds is never joint progress (decision 012). */
  joint: JointState | null;
};

export async function getProgress(ctx: ReadContext): Promise<StageProgressView[]> {
  const [rows, members] = await Promise.all([
    db.stageProgress.findMany({ where: { coupleId: ctx.coupleId }, select: { stageSlug: true, userId: true, doneAt: true } }),
    coupleMembers(ctx),
  ]);
  const partners = members.length;
  // Stage 8: a reader sees only their own choice; a therapist link only that of the partner who made
  // it (a link never shows more than its maker may read, decision 011). A mark left by someone whose
  // side has since changed is no choice of theirs any more: not shown.
  const reader = ctx.kind === "partner" ? ctx.userId : ctx.createdById;
  const seesChoice = (userId: string) => userId === reader && holdsMoveOn(members, userId);
  return STAGE_SLUGS.map((slug) => {
    const doneBy = rows.filter((r) => r.stageSlug === slug).map((r) => ({ userId: r.userId, doneAt: r.doneAt }));
    if (!isJointStage(slug)) return { slug, doneBy: doneBy.filter((d) => seesChoice(d.userId)), joint: null };
    return { slug, doneBy, joint: jointState(doneBy.length, partners) };
  });
}

/**
 * The first stage, in the suggested order, the viewer has not marked done; else the first not done
 * together. Never stage 8: nothing suggests forgiving as a next step, to either partner.
 */
export function nextSuggested(progress: StageProgressView[], userId: string) {
  const joint = progress.filter((p) => p.joint !== null);
  return (
    joint.find((p) => p.joint !== "done-together" && !p.doneBy.some((d) => d.userId === userId)) ??
    joint.find((p) => p.joint !== "done-together")
  );
}

const NO_SUCH_STAGE = refuse(STAGE_NOT_FOUND);
const NOT_YOURS = refuse(MOVE_ON_NOT_YOURS);
const DONE = { ok: true, data: undefined } as const;

type Tx = Prisma.TransactionClient;

/** Stage 8: whether the caller holds the choice, read from the stored sides inside the write's transaction. */
async function callerHoldsMoveOn(tx: Tx, ctx: { coupleId: string; userId: string }) {
  const members = await tx.membership.findMany({ where: { coupleId: ctx.coupleId }, select: { userId: true, side: true } });
  return holdsMoveOn(members, ctx.userId);
}

export async function markStageDone(ctx: ReadContext, slug: string): Promise<ActionResult> {
  assertWriter(ctx);
  if (!isStageSlug(slug)) return NO_SUCH_STAGE;
  return db.$transaction(async (tx): Promise<ActionResult> => {
    if (slug === MOVE_ON_SLUG && !(await callerHoldsMoveOn(tx, ctx))) return NOT_YOURS;
    const key = { coupleId: ctx.coupleId, stageSlug: slug, userId: ctx.userId };
    // Marking twice changes nothing and records nothing.
    if (await tx.stageProgress.findUnique({ where: { coupleId_stageSlug_userId: key }, select: { id: true } })) return DONE;
    await tx.stageProgress.create({ data: key });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "stage.done", subject: slug });
    await afterStageDone(tx, ctx, slug);
    return DONE;
  });
}

/**
 * Either partner may reopen a joint stage: both marks are cleared and it is open again for both.
 * Stage 8 is the exception: only the partner who holds the choice clears it, and only their own.
 */
export async function reopenStage(ctx: ReadContext, slug: string): Promise<ActionResult> {
  assertWriter(ctx);
  if (!isStageSlug(slug)) return NO_SUCH_STAGE;
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const own = slug === MOVE_ON_SLUG;
    if (own && !(await callerHoldsMoveOn(tx, ctx))) return NOT_YOURS;
    const { count } = await tx.stageProgress.deleteMany({
      where: { coupleId: ctx.coupleId, stageSlug: slug, ...(own ? { userId: ctx.userId } : {}) },
    });
    if (count > 0) {
      await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "stage.reopened", subject: slug });
      await afterStageReopened(tx, ctx, slug);
    }
    return DONE;
  });
}

/** Stage history (done / reopened), newest first. */
export function stageHistory(ctx: ReadContext, opts: { since?: Date; take?: number } = {}) {
  return db.auditEvent.findMany({
    where: {
      coupleId: ctx.coupleId,
      action: { in: ["stage.done", "stage.reopened"] satisfies AuditAction[] },
      ...(opts.since ? { at: { gt: opts.since } } : {}),
      // Stage 8's choices are the holder's own: nobody reads the other's, not through a link either (decision 012).
      NOT: { subject: MOVE_ON_SLUG, actorId: { not: ctx.kind === "partner" ? ctx.userId : (ctx.createdById ?? "") } },
      // A partner who joined after someone left reads the history from their own arrival (decision 011).
      AND: readableEvents<Prisma.AuditEventWhereInput>(ctx),
    },
    select: { action: true, subject: true, at: true, actorId: true },
    orderBy: { at: "desc" },
    take: opts.take ?? 20,
  });
}
