import "server-only";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { lockJointWork } from "@/lib/server/safety/joint";
import { assertWriter, type ReadContext } from "@/lib/server/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SafetyAnswers } from "@/lib/validation/safety";
import { refuse, type ActionResult } from "@/lib/validation/form";
import { classifyAnswers } from "@/lib/content/safety";

// The history gets "joint exercises paused" / "resumed" only when the couple's state changes,
// with no actor: the other partner can't tell who paused, or that a safety check was taken at all.

type Tx = Prisma.TransactionClient;

async function pausedIn(tx: Tx, coupleId: string) {
  return (await tx.jointPause.count({ where: { coupleId } })) > 0;
}

async function setPause(tx: Tx, ctx: { coupleId: string; userId: string }, reason: "safety" | "chosen") {
  // Ordered against every joint write (lib/server/safety/joint.ts).
  await lockJointWork(tx, ctx.coupleId);
  const wasPaused = await pausedIn(tx, ctx.coupleId);
  const own = await tx.jointPause.findFirst({ where: { coupleId: ctx.coupleId, userId: ctx.userId }, select: { reason: true } });
  // A safety pause is never downgraded to a chosen one: only a new check lifts it.
  if (own?.reason === "safety" || own?.reason === reason) return;
  if (own) await tx.jointPause.updateMany({ where: { coupleId: ctx.coupleId, userId: ctx.userId }, data: { reason } });
  else await tx.jointPause.create({ data: { coupleId: ctx.coupleId, userId: ctx.userId, reason } });
  if (!wasPaused) await recordEvent(tx, { coupleId: ctx.coupleId, actorId: null, action: "joint.paused" });
}

async function liftPause(tx: Tx, ctx: { coupleId: string; userId: string }, reason: "safety" | "chosen") {
  const { count } = await tx.jointPause.deleteMany({ where: { coupleId: ctx.coupleId, userId: ctx.userId, reason } });
  if (count > 0 && !(await pausedIn(tx, ctx.coupleId))) {
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: null, action: "joint.resumed" });
  }
  return count;
}

export type SafetyCheckResult =
  /** Red-flag answers the person hasn't yet chosen to pause for: nothing is stored. */
  { saved: false; crisis: boolean } | { saved: true; paused: boolean; crisis: boolean; guidance: string[] };

/**
 * Stores the caller's answers; their class comes from the content, here on the server. Answers
 * with a red flag are stored, and pause joint work, only once the person has read the warning and
 * chosen to pause (`confirmPause`); until then nothing is stored, so reading the resources first
 * leaves no half-taken check behind. A check without a red flag lifts a pause an earlier check of
 * the caller's set (a pause they chose stays until they resume).
 */
export async function takeSafetyCheck(
  ctx: ReadContext,
  answers: SafetyAnswers,
  { confirmPause = false }: { confirmPause?: boolean } = {},
): Promise<ActionResult<SafetyCheckResult>> {
  assertWriter(ctx);
  const outcome = classifyAnswers(answers);
  if (outcome.pauses && !confirmPause) return { ok: true, data: { saved: false, crisis: outcome.crisis } };
  await db.$transaction(async (tx) => {
    await tx.safetyCheck.create({
      data: { coupleId: ctx.coupleId, userId: ctx.userId, answers: JSON.stringify(answers), flagged: outcome.pauses },
    });
    if (outcome.pauses) await setPause(tx, ctx, "safety");
    else await liftPause(tx, ctx, "safety");
  });
  return { ok: true, data: { saved: true, paused: outcome.pauses, crisis: outcome.crisis, guidance: outcome.guidance.map((g) => g.key) } };
}

/** Either partner may pause joint work at any time, without a reason. */
export async function pauseJointWork(ctx: ReadContext): Promise<ActionResult> {
  assertWriter(ctx);
  await db.$transaction((tx) => setPause(tx, ctx, "chosen"));
  return { ok: true, data: undefined };
}

/** Lifts the caller's own chosen pause (a safety pause is lifted by retaking the check). */
export async function resumeJointWork(ctx: ReadContext): Promise<ActionResult> {
  assertWriter(ctx);
  const count = await db.$transaction((tx) => liftPause(tx, ctx, "chosen"));
  return count === 1
    ? { ok: true, data: undefined }
    : refuse("There is no pause of yours to lift. If you paused after a safety check, take the check again.");
}
