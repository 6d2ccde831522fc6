import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

// Throttling counters in the database (the RateLimit table), so several app instances agree.
// Every check-and-count is atomic on SQLite (one connection) and on PostgreSQL (a pool, several
// instances) alike, without raw SQL: each step is ONE conditional UPDATE whose `where` states what
// must still hold (PostgreSQL re-checks it after waiting for a concurrent writer's row lock), or an
// INSERT that a concurrent one makes fail on the primary key. A step that loses a race starts over.

export type Verdict = { ok: true } | { ok: false; retryAfterMs: number };

const ALLOWED: Verdict = { ok: true };
/** Rounds before giving up on a key that changes under us every time; refusing is the safe side. */
const MAX_ROUNDS = 50;
const RETRY_SOON: Verdict = { ok: false, retryAfterMs: 1000 };

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Creates `key`'s row; false when a concurrent request created it first. */
async function createRow(data: Prisma.RateLimitCreateInput) {
  try {
    await db.rateLimit.create({ data, select: { key: true } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * A fixed window: counts one attempt under `key` and refuses once `limit` attempts were counted
 * within `windowMs`. A refused attempt is not counted, so waiting always helps.
 */
export async function consume(key: string, { limit, windowMs }: { limit: number; windowMs: number }, now = new Date()): Promise<Verdict> {
  const resetAt = new Date(now.getTime() + windowMs);
  // The column is a 32-bit integer on PostgreSQL; a larger limit means "no limit, just count".
  limit = Math.min(limit, 2 ** 31 - 1);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // A live window with room left: count this attempt.
    const counted = await db.rateLimit.updateMany({
      where: { key, resetAt: { gt: now }, count: { lt: limit } },
      data: { count: { increment: 1 } },
    });
    if (counted.count === 1) return ALLOWED;
    // An expired window: start a new one with this attempt.
    const renewed = await db.rateLimit.updateMany({
      where: { key, resetAt: { lte: now } },
      data: { count: 1, resetAt, blockedUntil: null },
    });
    if (renewed.count === 1) return ALLOWED;
    const row = await db.rateLimit.findUnique({ where: { key }, select: { count: true, resetAt: true } });
    if (!row) {
      if (await createRow({ key, count: 1, resetAt })) return ALLOWED;
      continue;
    }
    if (row.resetAt > now && row.count >= limit) return { ok: false, retryAfterMs: row.resetAt.getTime() - now.getTime() };
    // The row changed between our steps (a concurrent attempt or reset): look again.
  }
  return RETRY_SOON;
}

/**
 * `consume`, inside a transaction the caller opened: the count commits or rolls back with the
 * caller's own write (one COMMIT for both). No rounds: the transaction orders it against concurrent
 * ones (SQLite runs one at a time; PostgreSQL's are SERIALIZABLE and retried from the start on a
 * conflict, lib/server/db.ts). The common case, a live window with room left, is one statement.
 */
export async function consumeIn(
  tx: Prisma.TransactionClient,
  key: string,
  { limit, windowMs }: { limit: number; windowMs: number },
  now = new Date(),
): Promise<Verdict> {
  const resetAt = new Date(now.getTime() + windowMs);
  limit = Math.min(limit, 2 ** 31 - 1);
  const counted = await tx.rateLimit.updateMany({
    where: { key, resetAt: { gt: now }, count: { lt: limit } },
    data: { count: { increment: 1 } },
  });
  if (counted.count === 1) return ALLOWED;
  const row = await tx.rateLimit.findUnique({ where: { key }, select: { count: true, resetAt: true } });
  if (!row) {
    await tx.rateLimit.create({ data: { key, count: 1, resetAt }, select: { key: true } });
    return ALLOWED;
  }
  if (row.resetAt > now) return { ok: false, retryAfterMs: row.resetAt.getTime() - now.getTime() };
  // An expired window: start a new one with this attempt.
  await tx.rateLimit.updateMany({ where: { key }, data: { count: 1, resetAt, blockedUntil: null } });
  return ALLOWED;
}

/** How many attempts `key` has counted in its current window (0 when none or expired). */
export async function countOf(key: string, now = new Date()): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: { count: true, resetAt: true } });
  return row && row.resetAt > now ? row.count : 0;
}

export type Backoff = {
  /** Attempts allowed before delays begin. */
  free: number;
  /** The first delay; each further attempt doubles it… */
  baseMs: number;
  /** …up to this ceiling, so nobody can lock an account for good. */
  maxMs: number;
  /** The count is forgotten after this long without an attempt. */
  windowMs: number;
};

/** The wait imposed after the `count`-th attempt: none for the first `free - 1`, then growing. */
export function backoffDelay(count: number, policy: Backoff): number {
  if (count < policy.free) return 0;
  return Math.min(policy.baseMs * 2 ** (count - policy.free), policy.maxMs);
}

/**
 * Growing delays: refuses while `key` is waiting out a delay; otherwise counts the attempt and,
 * from the `free`-th attempt on, imposes the next delay (lifted at once by `clearAttempts` when
 * the attempt succeeds). A refused attempt neither counts nor extends the wait.
 */
export async function beginAttempt(key: string, policy: Backoff, now = new Date()): Promise<Verdict> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const row = await db.rateLimit.findUnique({ where: { key }, select: { count: true, resetAt: true, blockedUntil: true } });
    const live = row && row.resetAt > now ? row : null;
    if (live?.blockedUntil && live.blockedUntil > now) return { ok: false, retryAfterMs: live.blockedUntil.getTime() - now.getTime() };
    const count = (live?.count ?? 0) + 1;
    const delay = backoffDelay(count, policy);
    const data = {
      count,
      resetAt: new Date(now.getTime() + policy.windowMs),
      blockedUntil: delay ? new Date(now.getTime() + delay) : null,
    };
    if (!row) {
      if (await createRow({ key, ...data })) return ALLOWED;
      continue;
    }
    // Compare-and-swap: only if the row is still exactly what we read, so no attempt is lost.
    const swapped = await db.rateLimit.updateMany({
      where: { key, count: row.count, resetAt: row.resetAt, blockedUntil: row.blockedUntil },
      data,
    });
    if (swapped.count === 1) return ALLOWED;
  }
  return RETRY_SOON;
}

/** Forgets `key`'s attempts (a successful sign-in, a completed password reset). */
export async function clearAttempts(key: string) {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Takes one attempt back, leaving any delay in place (a success from an address that many people may share). */
export async function forgiveAttempt(key: string) {
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}
