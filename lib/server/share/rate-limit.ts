import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/server/db";

// Share-link lookups are rate-limited per client. The counters live in the database
// (RateLimiterFlexible table) so several app instances agree. A 256-bit token can't be
// guessed; the limit keeps someone from hammering the lookup (and the database) anyway.

export const SHARE_LOOKUPS_PER_WINDOW = 60;
export const SHARE_WINDOW_SECONDS = 10 * 60;

let limiter: RateLimiterPrisma | undefined;

function shareLimiter() {
  limiter ??= new RateLimiterPrisma({
    storeClient: db,
    // The Prisma client names its model accessors in camelCase.
    tableName: "rateLimiterFlexible",
    keyPrefix: "share",
    points: SHARE_LOOKUPS_PER_WINDOW,
    duration: SHARE_WINDOW_SECONDS,
  });
  return limiter;
}

/**
 * The client a request comes from, for rate limiting only (never stored with a visit).
 * `next start` fills x-forwarded-for with the socket address when no proxy set it; behind
 * a reverse proxy the last entry is the address the nearest proxy saw, which a client
 * can't forge (entries to its left can be).
 */
export function clientKey(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  const address = forwarded?.at(-1) || headers.get("x-real-ip")?.trim() || "unknown";
  return address.slice(0, 64);
}

/** Counts one lookup; false once this client has used up its allowance for the window. */
export async function allowShareLookup(key: string): Promise<boolean> {
  try {
    await shareLimiter().consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
