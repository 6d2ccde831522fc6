// Calendar days in a partner's own time zone, with no server-side state: safe on the client too.
// A local day is computed from an instant with Intl (which knows every DST rule), and days are
// counted on "YYYY-MM-DD" strings in UTC arithmetic, so adding a day never meets a 23- or 25-hour day.

import { dateFormat, formatDay } from "@/lib/intl";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an IANA time zone this runtime knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Every time zone the runtime lists, for the settings picker. */
export function timeZones(): string[] {
  const list = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return list.includes("UTC") ? list : ["UTC", ...list];
}

function partsIn(timeZone: string, at: Date) {
  const f = dateFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) % 24 };
}

/** The calendar day ("2026-03-08") it is at `at` in `timeZone`. */
export function localDateIn(timeZone: string, at: Date = new Date()): string {
  return partsIn(timeZone, at).date;
}

/** The hour on the clock (0–23) at `at` in `timeZone`. */
export function localHourIn(timeZone: string, at: Date = new Date()): number {
  return partsIn(timeZone, at).hour;
}

/** True for a real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function toUtc(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** "3 Nov" or "Mon 3 Nov", for a recent calendar day in a list or a chart (Mend's one date style, lib/intl.ts). */
export function formatLocalDate(date: string, { weekday = false }: { weekday?: boolean } = {}): string {
  return formatDay(date, { weekday, year: false });
}
