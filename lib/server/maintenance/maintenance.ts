import "server-only";
import { db } from "@/lib/server/db";
import { coupleRow } from "@/lib/server/couples/members";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type ReadContext } from "@/lib/server/access";
import { MOVE_ON_SLUG, isJointStage } from "@/lib/journey/move-on";
import { dailyFallbackUntil } from "@/lib/journey/maintenance";
import { refuse, type ActionResult } from "@/lib/validation/form";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/events";

// Maintenance: the time after the nine stages (issue 23). The couple moves into it when both have
// marked stage 9 done, or when either says "we're in maintenance now". Reopening a stage while in
// maintenance brings check-in reminders back to daily for two weeks; the notice both see names the
// stage, never who reopened it.

type Tx = Prisma.TransactionClient;

/** Stage 9, whose joint completion moves the couple into maintenance. */
export const LAST_STAGE_SLUG = "boundaries";

export const MAINTENANCE_STARTED = "maintenance.started" satisfies AuditAction;

export type Maintenance = {
  since: Date | null;
  /** Set while reminders are daily again after a reopen; null otherwise. */
  dailyRemindersUntil: Date | null;
  /** The stage reopened most recently during that time, if any (never stage 8, never who). */
  reopenedStage: string | null;
};

export async function readMaintenance(ctx: ReadContext, now: Date = new Date()): Promise<Maintenance> {
  const couple = await coupleRow(ctx);
  const since = couple?.maintenanceSince ?? null;
  const until = since && couple?.dailyRemindersUntil && couple.dailyRemindersUntil > now ? couple.dailyRemindersUntil : null;
  if (!since || !until) return { since, dailyRemindersUntil: null, reopenedStage: null };
  // The fallback is on only because a joint stage was reopened in maintenance: the latest such reopen.
  const reopened = await db.auditEvent.findFirst({
    where: { coupleId: ctx.coupleId, action: "stage.reopened" satisfies AuditAction, at: { gte: since }, NOT: { subject: MOVE_ON_SLUG } },
    select: { subject: true },
    orderBy: { at: "desc" },
  });
  return { since, dailyRemindersUntil: until, reopenedStage: reopened?.subject ?? null };
}

/** "We're in maintenance now", from either partner. Saying it twice changes nothing. */
export async function enterMaintenance(ctx: ReadContext): Promise<ActionResult> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult> => {
    // Membership is part of the where: a context whose person has left this couple changes nothing.
    const member = await tx.membership.findFirst({ where: { coupleId: ctx.coupleId, userId: ctx.userId }, select: { id: true } });
    if (!member) return refuse("You're no longer part of this workspace.");
    await startMaintenance(tx, ctx.coupleId, ctx.userId);
    return { ok: true, data: undefined };
  });
}

async function startMaintenance(tx: Tx, coupleId: string, actorId: string) {
  const { count } = await tx.couple.updateMany({ where: { id: coupleId, maintenanceSince: null }, data: { maintenanceSince: new Date() } });
  if (count === 1) await recordEvent(tx, { coupleId, actorId, action: MAINTENANCE_STARTED });
}

/** Called inside markStageDone's transaction: stage 9 done by both partners starts maintenance. */
export async function afterStageDone(tx: Tx, ctx: { coupleId: string; userId: string }, slug: string) {
  if (slug !== LAST_STAGE_SLUG) return;
  const [marks, members] = await Promise.all([
    tx.stageProgress.count({ where: { coupleId: ctx.coupleId, stageSlug: slug } }),
    tx.membership.count({ where: { coupleId: ctx.coupleId } }),
  ]);
  if (members === 2 && marks === 2) await startMaintenance(tx, ctx.coupleId, ctx.userId);
}

/**
 * Called inside reopenStage's transaction when marks were cleared: in maintenance, reminders go
 * back to daily for two weeks. Stage 8's choice is one partner's own: clearing it changes nothing
 * the other could notice.
 */
export async function afterStageReopened(tx: Tx, ctx: { coupleId: string }, slug: string, now: Date = new Date()) {
  if (!isJointStage(slug)) return;
  await tx.couple.updateMany({
    where: { id: ctx.coupleId, maintenanceSince: { not: null } },
    data: { dailyRemindersUntil: dailyFallbackUntil(now) },
  });
}
