import "server-only";
import { env } from "@/lib/server/env";
import { consume, consumeIn } from "@/lib/server/rate-limit/counters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refuse, type ActionResult } from "@/lib/validation/form";

// Sane daily caps, so one account (a script with a stolen session, a stuck client) cannot fill the
// database for everyone on the same server. A person working through the journey never comes near them.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Open (neither revoked nor expired) therapist links one partner may have at a time. */
export const OPEN_SHARE_LINKS_PER_PARTNER = 5;

export const TOO_MANY_SHARE_LINKS =
  `You have ${OPEN_SHARE_LINKS_PER_PARTNER} open therapist links, which is the most Mend allows. ` +
  `Revoke one you no longer need, then create the new one.`;

export function writesQuotaMessage(limit: number, retryAfterMs: number) {
  const hours = Math.max(1, Math.ceil(retryAfterMs / (60 * 60 * 1000)));
  return (
    `Mend saves at most ${limit} changes from one person in a day, and you have reached that. ` +
    `This change was not saved: keep a copy of anything you wrote, and try again in about ${hours} hour${hours === 1 ? "" : "s"}.`
  );
}

/**
 * Counts one write by this person against their daily allowance (a 24-hour window from their
 * first counted write). Returns the refusal to show, or null when the write may go ahead. Given the
 * write's own transaction, the count commits (or rolls back) with the write: one COMMIT for both.
 */
export async function countDailyWrite(userId: string, tx?: Prisma.TransactionClient): Promise<ActionResult<never> | null> {
  const limit = env().writesPerDay;
  const key = `writes:user:${userId}`;
  const window = { limit, windowMs: DAY_MS };
  const verdict = tx ? await consumeIn(tx, key, window) : await consume(key, window);
  return verdict.ok ? null : refuse(writesQuotaMessage(limit, verdict.retryAfterMs));
}
