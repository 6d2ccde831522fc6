import "server-only";
import { Cron } from "croner";
import { db } from "@/lib/server/db";
import { redactOutbox } from "@/lib/server/email/outbox";

// Hourly clean-up of rows that have served their purpose: throttling counters past their window,
// spent or expired sign-up confirmations (they hold a password hash) and reset links; and the links
// in dev-outbox mail older than an hour. Every instance runs it; deleting what is already gone is
// harmless.

const DAY_MS = 24 * 60 * 60 * 1000;

export async function pruneExpired(now = new Date()) {
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const [rateLimits, signUps, resetTokens, outbox] = await Promise.all([
    db.rateLimit.deleteMany({ where: { resetAt: { lte: now }, OR: [{ blockedUntil: null }, { blockedUntil: { lte: now } }] } }),
    db.signUpRequest.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { usedAt: { not: null } }] } }),
    db.passwordResetToken.deleteMany({ where: { expiresAt: { lte: dayAgo } } }),
    redactOutbox(now),
  ]);
  return { rateLimits: rateLimits.count, signUps: signUps.count, resetTokens: resetTokens.count, outbox };
}

const globalForHousekeeping = globalThis as unknown as { mendHousekeepingCron?: Cron };

/** Started once per server process from instrumentation.ts. */
export function startHousekeeping(): Cron {
  globalForHousekeeping.mendHousekeepingCron ??= new Cron("0 17 * * * *", { protect: true, name: "mend-housekeeping" }, async () => {
    try {
      await pruneExpired();
    } catch (error) {
      console.error("[housekeeping] run failed:", error instanceof Error ? error.message : "unknown error");
    }
  });
  return globalForHousekeeping.mendHousekeepingCron;
}
