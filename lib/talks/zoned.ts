// Wall-clock times in an IANA zone ↔ UTC instants, with Intl only (safe on the client too).

import { dateFormat, formatMoment } from "@/lib/intl";

function wallClockMs(timeZone: string, at: number): number {
  const f = dateFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const p = Object.fromEntries(f.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour) % 24, Number(p.minute));
}

/**
 * The instant at which the clocks in `timeZone` show `date` ("2026-12-01") and `time` ("19:30"), or
 * null for a time the clocks skip (the hour lost when summer time starts). In the repeated hour when
 * summer time ends, the first of the two is used.
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date | null {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset; trying the earlier offset first picks the first of a repeated hour.
  const candidates = new Set<number>();
  for (const guess of [wall - 14 * 3_600_000, wall, wall + 14 * 3_600_000]) {
    let t = wall - (wallClockMs(timeZone, guess) - guess);
    t = wall - (wallClockMs(timeZone, t) - t);
    if (wallClockMs(timeZone, t) === wall) candidates.add(t);
  }
  if (candidates.size === 0) return null;
  return new Date(Math.min(...candidates));
}

/** "2026-12-01" and "19:30" as the clocks in `timeZone` show `at`. */
export function utcToZoned(at: Date, timeZone: string): { date: string; time: string } {
  const iso = new Date(wallClockMs(timeZone, at.getTime())).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** "Tue 1 Dec 2026, 19:30" in `timeZone`, for server-rendered text that names its zone. */
export function formatInZone(at: Date, timeZone: string): string {
  return formatMoment(at, timeZone, { weekday: true, time: true });
}
