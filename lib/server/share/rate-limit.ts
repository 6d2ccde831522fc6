import "server-only";
import { consume, countOf } from "@/lib/server/rate-limit/counters";

// Share-link lookups are throttled with counters in the database (lib/server/rate-limit), so several
// app instances agree. A 256-bit token can't be guessed; the limits keep anyone from hammering the
// lookup (and the database), without letting one client switch off every therapist's link:
//  1. per client address, checked first: a client over its allowance is refused before anything else;
//  2. per link: a leaked link can't be read (and its visit log flooded) without end;
//  3. over all clients, misses only: someone probing many addresses' worth of tokens eventually
//     meets a ceiling, but it only ever refuses clients that have missed; a therapist opening a
//     valid link never misses, so never meets it.

export const SHARE_WINDOW_SECONDS = 10 * 60;
const windowMs = SHARE_WINDOW_SECONDS * 1000;
export const SHARE_LOOKUPS_PER_WINDOW = 60;
export const SHARE_VISITS_PER_LINK_PER_WINDOW = 300;
export const SHARE_MISSES_PER_WINDOW_ALL = 1000;

const ALL_MISSES = "share:misses";

/** Step 1, before the lookup: false once this client has used up its allowance, or missed while misses everywhere are over the ceiling. */
export async function allowShareLookup(client: string): Promise<boolean> {
  if (!(await consume(`share:client:${client}`, { limit: SHARE_LOOKUPS_PER_WINDOW, windowMs })).ok) return false;
  if ((await countOf(`share:missed:${client}`)) === 0) return true;
  return (await countOf(ALL_MISSES)) < SHARE_MISSES_PER_WINDOW_ALL;
}

/** Step 2, after a hit: false once this link has been opened too often in the window. */
export async function allowShareVisit(linkId: string): Promise<boolean> {
  return (await consume(`share:link:${linkId}`, { limit: SHARE_VISITS_PER_LINK_PER_WINDOW, windowMs })).ok;
}

/** Step 3, after a miss (unknown, revoked or expired): counted for this client and toward the global ceiling. */
export async function countShareMiss(client: string) {
  await consume(`share:missed:${client}`, { limit: Number.MAX_SAFE_INTEGER, windowMs });
  await consume(ALL_MISSES, { limit: Number.MAX_SAFE_INTEGER, windowMs });
}
