// Kept-rate maths, in the commitment owner's local calendar. Pure and client-safe.
//
// The rate counts only what both partners see the same way: kept logs the other partner
// confirmed, against those plus missed logs. A kept log still waiting for confirmation is not
// counted yet, and a disputed one is left out entirely: it is something to talk about, not a score.

import { addDays } from "@/lib/check-ins/dates";

export type RateLog = { localDate: string; outcome: string; verdict: string | null };
export type WeekBucket = { start: string; kept: number; counted: number };
export type KeptRate = {
  weeks: number;
  rate: number | null;
  kept: number;
  counted: number;
  awaiting: number;
  disputed: number;
  buckets: WeekBucket[];
};

const asDate = (localDate: string) => new Date(`${localDate}T12:00:00Z`);

/** The Monday that starts the week of a local date. */
export function weekStart(localDate: string): string {
  const day = asDate(localDate).getUTCDay();
  return addDays(localDate, -((day + 6) % 7));
}

/** Kept-rate over the last `weeks` weeks (the current one included), by week, in the owner's calendar. */
export function keptRate(logs: readonly RateLog[], { today, weeks }: { today: string; weeks: number }): KeptRate {
  const first = addDays(weekStart(today), -7 * (weeks - 1));
  const buckets: WeekBucket[] = Array.from({ length: weeks }, (_, i) => ({ start: addDays(first, 7 * i), kept: 0, counted: 0 }));
  let awaiting = 0;
  let disputed = 0;
  for (const log of logs) {
    if (log.localDate < first || log.localDate > today) continue;
    const bucket = buckets.find((b) => b.start === weekStart(log.localDate));
    if (!bucket) continue;
    if (log.verdict === "disputed") disputed += 1;
    else if (log.outcome === "missed") bucket.counted += 1;
    else if (log.verdict === "confirmed") {
      bucket.kept += 1;
      bucket.counted += 1;
    } else awaiting += 1;
  }
  const kept = buckets.reduce((n, b) => n + b.kept, 0);
  const counted = buckets.reduce((n, b) => n + b.counted, 0);
  return { weeks, rate: counted === 0 ? null : kept / counted, kept, counted, awaiting, disputed, buckets };
}
