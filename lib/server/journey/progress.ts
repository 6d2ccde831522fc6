import "server-only";
import { db } from "@/lib/server/db";
import { coupleMembers } from "@/lib/server/couples/members";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type ReadContext } from "@/lib/server/access";
import { STAGE_SLUGS, isStageSlug, type StageSlug } from "@/lib/content/stages";
import type { ActionResult } from "@/lib/validation/form";
import { STAGE_NOT_FOUND } from "@/lib/validation/journey";
import { readableEvents } from "@/lib/server/couples/boundary";
import type { Prisma } from "@/lib/generated/prisma/client";

import { jointState, type JointState } from "@/lib/journey/joint-state";

export { jointState, type JointState };

export type StageProgressView = {
  slug: StageSlug;
  doneBy: { userId: string; doneAt: Date }[];
  joint: JointState;
};

export async function getProgress(ctx: ReadContext): Promise<StageProgressView[]> {
  const [rows, members] = await Promise.all([
    db.stageProgress.findMany({ where: { coupleId: ctx.coupleId }, select: { stageSlug: true, userId: true, doneAt: true } }),
    coupleMembers(ctx),
  ]);
  const partners = members.length;
  return STAGE_SLUGS.map((slug) => {
    const doneBy = rows.filter((r) => r.stageSlug === slug).map((r) => ({ userId: r.userId, doneAt: r.doneAt }));
    return { slug, doneBy, joint: jointState(doneBy.length, partners) };
  });
}

/** The first stage, in the suggested order, the viewer has not marked done; else the first not done together. */
export function nextSuggested(progress: StageProgressView[], userId: string) {
  return (
    progress.find((p) => p.joint !== "done-together" && !p.doneBy.some((d) => d.userId === userId)) ??
    progress.find((p) => p.joint !== "done-together")
  );
}

const NO_SUCH_STAGE = { ok: false, fieldErrors: {}, formError: STAGE_NOT_FOUND } as const;

export async function markStageDone(ctx: ReadContext, slug: string): Promise<ActionResult> {
  assertWriter(ctx);
  if (!isStageSlug(slug)) return NO_SUCH_STAGE;
  await db.$transaction(async (tx) => {
    const key = { coupleId: ctx.coupleId, stageSlug: slug, userId: ctx.userId };
    // Marking twice changes nothing and records nothing.
    if (await tx.stageProgress.findUnique({ where: { coupleId_stageSlug_userId: key }, select: { id: true } })) return;
    await tx.stageProgress.create({ data: key });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "stage.done", subject: slug });
  });
  return { ok: true, data: undefined };
}

/** Either partner may reopen a stage: both marks are cleared and it is open again for both. */
export async function reopenStage(ctx: ReadContext, slug: string): Promise<ActionResult> {
  assertWriter(ctx);
  if (!isStageSlug(slug)) return NO_SUCH_STAGE;
  await db.$transaction(async (tx) => {
    const { count } = await tx.stageProgress.deleteMany({ where: { coupleId: ctx.coupleId, stageSlug: slug } });
    if (count > 0) await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "stage.reopened", subject: slug });
  });
  return { ok: true, data: undefined };
}

/** Stage history (done / reopened), newest first. */
export function stageHistory(ctx: ReadContext, opts: { since?: Date; take?: number } = {}) {
  return db.auditEvent.findMany({
    where: {
      coupleId: ctx.coupleId,
      action: { in: ["stage.done", "stage.reopened"] },
      ...(opts.since ? { at: { gt: opts.since } } : {}),
      // A partner who joined after someone left reads the history from their own arrival (decision 011).
      AND: readableEvents<Prisma.AuditEventWhereInput>(ctx),
    },
    select: { action: true, subject: true, at: true, actorId: true },
    orderBy: { at: "desc" },
    take: opts.take ?? 20,
  });
}
