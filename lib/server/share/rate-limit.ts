import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/server/db";

// Share-link lookups are rate-limited per client. The counters live in the database
// (RateLimiterFlexible table) so several app instances agree. A 256-bit token can't be
// guessed; the limit keeps someone from hammering the lookup (and the database) anyway.

export const SHARE_LOOKUPS_PER_WINDOW = 60;
/** A ceiling over all clients together, for when the client address can't be trusted (below). */
export const SHARE_LOOKUPS_PER_WINDOW_ALL = 1000;
export const SHARE_WINDOW_SECONDS = 10 * 60;

let limiters: { client: RateLimiterPrisma; all: RateLimiterPrisma } | undefined;

function shareLimiters() {
  const make = (keyPrefix: string, points: number) =>
    new RateLimiterPrisma({
      storeClient: db,
      // The Prisma client names its model accessors in camelCase.
      tableName: "rateLimiterFlexible",
      keyPrefix,
      points,
      duration: SHARE_WINDOW_SECONDS,
    });
  limiters ??= { client: make("share", SHARE_LOOKUPS_PER_WINDOW), all: make("share-all", SHARE_LOOKUPS_PER_WINDOW_ALL) };
  return limiters;
}

/**
 * The client a request comes from, for rate limiting only (never stored with a visit).
 * Behind a reverse proxy the last x-forwarded-for entry is the address the proxy saw, which a
 * client can't forge. Without a proxy, `next start` only fills the header in when it is missing,
 * so a client can send its own and rotate it: the all-clients ceiling still holds then.
 */
export function clientKey(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  const address = forwarded?.at(-1) || headers.get("x-real-ip")?.trim() || "unknown";
  return address.slice(0, 64);
}

/** Counts one lookup; false once this client has used up its allowance for the window. */
export async function allowShareLookup(key: string): Promise<boolean> {
  try {
    const { client, all } = shareLimiters();
    await all.consume("all");
    await client.consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
