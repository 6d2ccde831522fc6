import "server-only";
import { isUnopenable } from "@/lib/crypto/unopenable";
import { db } from "@/lib/server/db";
import { couplePaused } from "@/lib/server/couples/members";
import type { PartnerContext, ReadContext } from "@/lib/server/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SAFETY_CHECK_VALID_DAYS } from "@/lib/validation/safety";
import { classifyAnswers, type SafetyOutcome } from "@/lib/content/safety";

// Reads for the safety check and the pause of joint work. Safety answers are read here only, and
// only the caller's own (`userId: ctx.userId` in every where): these functions take a
// PartnerContext, so a therapist link can't even ask. Whether joint work is paused is the one
// thing both partners (and the server, before every joint action) learn, never by whom or why.

/**
 * True while either partner has paused joint exercises. Counted in the couple's overview
 * (lib/server/couples/members.ts), once per render: the layout's banner and the home page ask the
 * same question. Outside a render (a server action, a route handler) it reads afresh every time;
 * joint writes count pauses in their own transaction (safety/joint.ts), not through this.
 */
export function jointPaused(ctx: ReadContext): Promise<boolean> {
  return couplePaused(ctx);
}

export type MyPause = { reason: "safety" | "chosen"; since: Date };

/**
 * Whether joint work is paused, and the caller's own pause if any (only its author learns the
 * reason), from one read of the couple's pauses.
 */
export async function pauseState(ctx: PartnerContext): Promise<{ paused: boolean; own: MyPause | null }> {
  const rows = await db.jointPause.findMany({ where: { coupleId: ctx.coupleId }, select: { userId: true, reason: true, createdAt: true } });
  const mine = rows.find((r) => r.userId === ctx.userId);
  return { paused: rows.length > 0, own: mine ? { reason: mine.reason === "safety" ? "safety" : "chosen", since: mine.createdAt } : null };
}

/** The caller's own pause, if any. */
export async function myPause(ctx: PartnerContext): Promise<MyPause | null> {
  return (await pauseState(ctx)).own;
}

export type MySafetyCheck = { id: string; takenAt: Date; flagged: boolean; answers: Record<string, string> };

function parseAnswers(text: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The caller's own safety checks, newest first. */
export async function mySafetyChecks(ctx: PartnerContext): Promise<MySafetyCheck[]> {
  const rows = await db.safetyCheck.findMany({
    where: { coupleId: ctx.coupleId, userId: ctx.userId },
    select: { id: true, takenAt: true, flagged: true, answers: true },
    orderBy: { takenAt: "desc" },
  });
  return rows.map((r) => ({ ...r, answers: parseAnswers(r.answers) }));
}

/**
 * The caller's latest check, what its answers mean (classified here, from the stored answers), and
 * whether it is due again (never taken, or older than four weeks). Joint work reads it inside its own
 * transaction (`client`), so a check or pause racing the write is seen.
 */
/**
 * What the stored answers mean. Answers that don't open (decision 014) can't be classified: the plain
 * `flagged` column decides then, leaning to safety (a flagged check shows the crisis lines too).
 */
function outcomeOf(row: { flagged: boolean; answers: string }): SafetyOutcome {
  if (isUnopenable(row.answers)) return { pauses: row.flagged, crisis: row.flagged, guidance: [] };
  return classifyAnswers(parseAnswers(row.answers));
}

export async function safetyCheckStatus(
  ctx: PartnerContext,
  now = new Date(),
  client: Prisma.TransactionClient = db,
): Promise<{ latest: { takenAt: Date; flagged: boolean; outcome: SafetyOutcome } | null; due: boolean }> {
  const row = await client.safetyCheck.findFirst({
    where: { coupleId: ctx.coupleId, userId: ctx.userId },
    select: { takenAt: true, flagged: true, answers: true },
    orderBy: { takenAt: "desc" },
  });
  const latest = row ? { takenAt: row.takenAt, flagged: row.flagged, outcome: outcomeOf(row) } : null;
  const due = !latest || now.getTime() - latest.takenAt.getTime() > SAFETY_CHECK_VALID_DAYS * 86_400_000;
  return { latest, due };
}

/** Whether the caller must take the check before joint work, read through `client` (a joint write's transaction). */
export async function safetyCheckDue(ctx: PartnerContext, client: Prisma.TransactionClient): Promise<boolean> {
  return (await safetyCheckStatus(ctx, new Date(), client)).due;
}
