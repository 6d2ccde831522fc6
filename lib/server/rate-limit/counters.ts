import "server-only";
import { db } from "@/lib/server/db";

// Throttling counters in the database (the RateLimit table), so several app instances agree.
// Each check-and-count runs in one transaction: concurrent requests can't both slip under a limit.

export type Verdict = { ok: true } | { ok: false; retryAfterMs: number };

const ALLOWED: Verdict = { ok: true };

/**
 * A fixed window: counts one attempt under `key` and refuses once `limit` attempts were counted
 * within `windowMs`. A refused attempt is not counted, so waiting always helps.
 */
export async function consume(key: string, { limit, windowMs }: { limit: number; windowMs: number }, now = new Date()): Promise<Verdict> {
  return db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key } });
    const resetAt = new Date(now.getTime() + windowMs);
    if (!row || row.resetAt <= now) {
      await tx.rateLimit.upsert({ where: { key }, create: { key, count: 1, resetAt }, update: { count: 1, resetAt, blockedUntil: null } });
      return ALLOWED;
    }
    if (row.count >= limit) return { ok: false, retryAfterMs: row.resetAt.getTime() - now.getTime() };
    await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
    return ALLOWED;
  });
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
  return db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key } });
    const live = row && row.resetAt > now ? row : null;
    if (live?.blockedUntil && live.blockedUntil > now) return { ok: false, retryAfterMs: live.blockedUntil.getTime() - now.getTime() };
    const count = (live?.count ?? 0) + 1;
    const delay = backoffDelay(count, policy);
    const data = {
      count,
      resetAt: new Date(now.getTime() + policy.windowMs),
      blockedUntil: delay ? new Date(now.getTime() + delay) : null,
    };
    await tx.rateLimit.upsert({ where: { key }, create: { key, ...data }, update: data });
    return ALLOWED;
  });
}

/** Forgets `key`'s attempts (a successful sign-in, a completed password reset). */
export async function clearAttempts(key: string) {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Takes one attempt back, leaving any delay in place (a success from an address that many people may share). */
export async function forgiveAttempt(key: string) {
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}
