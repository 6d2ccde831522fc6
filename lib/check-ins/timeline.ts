import { addDays, formatLocalDate } from "@/lib/check-ins/dates";
import type { TimelineWeeks } from "@/lib/validation/check-in";

// The trust timeline as data: buckets (days for two weeks, weeks otherwise) ending today,
// averages per partner, and a plain-language summary. A bucket with no check-in is null — a gap,
// never a zero. Pure, so the chart, the table and the tests read the same numbers.

export type TimelinePerson = { userId: string; name: string; isMe: boolean; scoresPrivate: boolean };
export type TimelineCheckIn = { authorId: string; localDate: string; trust: number | null; closeness: number | null };
export type Bucket = { start: string; end: string; label: string; longLabel: string };
export type Point = { trust: number | null; closeness: number | null; count: number };
export type Series = TimelinePerson & { points: Point[]; days: number };
export type Timeline = {
  weeks: TimelineWeeks;
  unit: "day" | "week";
  today: string;
  buckets: Bucket[];
  series: Series[];
  summary: string[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;
const avg = (values: number[]) => (values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : null);

export function buildTimeline(opts: {
  today: string;
  weeks: TimelineWeeks;
  people: TimelinePerson[];
  checkIns: TimelineCheckIn[];
}): Timeline {
  const { today, weeks, people } = opts;
  const unit = weeks === 2 ? "day" : "week";
  const size = unit === "day" ? 1 : 7;
  const count = unit === "day" ? 14 : weeks;
  const buckets: Bucket[] = Array.from({ length: count }, (_, i) => {
    const end = addDays(today, -size * (count - 1 - i));
    const start = addDays(end, -(size - 1));
    return unit === "day"
      ? { start, end, label: formatLocalDate(end), longLabel: formatLocalDate(end, { weekday: true }) }
      : { start, end, label: formatLocalDate(start), longLabel: `${formatLocalDate(start)} – ${formatLocalDate(end)}` };
  });
  const series = people.map((person) => {
    const mine = opts.checkIns.filter((c) => c.authorId === person.userId);
    const points = buckets.map((b) => {
      const inside = mine.filter((c) => c.localDate >= b.start && c.localDate <= b.end);
      const hide = person.scoresPrivate;
      return {
        trust: hide ? null : avg(inside.flatMap((c) => (c.trust === null ? [] : [c.trust]))),
        closeness: hide ? null : avg(inside.flatMap((c) => (c.closeness === null ? [] : [c.closeness]))),
        count: inside.length,
      };
    });
    return { ...person, points, days: points.reduce((n, p) => n + p.count, 0) };
  });
  return { weeks, unit, today, buckets, series, summary: series.map((s) => summarize(s, unit, weeks)) };
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const word = (n: number) => WORDS[n] ?? String(n);
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Consecutive rises (or falls) at the end of the series, counting only neighbouring buckets. */
function run(values: (number | null)[], dir: 1 | -1): number {
  let n = 0;
  for (let i = values.length - 1; i > 0; i--) {
    const a = values[i - 1];
    const b = values[i];
    if (a == null || b == null || Math.sign(b - a) !== dir) break;
    n++;
  }
  return n;
}

export function summarize(s: Series, unit: "day" | "week", weeks: number): string {
  const who = s.isMe ? "Your" : `${s.name}'s`;
  const subject = s.isMe ? "You" : s.name;
  const span = `the last ${weeks} weeks`;
  if (s.days === 0) return s.isMe ? `You haven't checked in during ${span}.` : `No check-ins from ${s.name} in ${span}.`;
  if (s.scoresPrivate) {
    return s.isMe
      ? `You keep your scores private for now; you checked in on ${s.days} ${s.days === 1 ? "day" : "days"} in ${span}.`
      : `${s.name} keeps their scores private for now. They checked in on ${s.days} ${s.days === 1 ? "day" : "days"} in ${span}.`;
  }
  const trust = s.points.map((p) => p.trust);
  const periods = unit === "day" ? "days" : "weeks";
  const up = run(trust, 1);
  const down = run(trust, -1);
  if (up >= 2) return `${who} trust has risen ${word(up)} ${periods} running.`;
  if (down >= 2)
    return `${who} trust has dipped ${word(down)} ${periods} running. Hard stretches are part of this; they say where to look, not how it ends.`;
  const known = s.points.flatMap((p, i) => (p.trust === null ? [] : [{ i, trust: p.trust, closeness: p.closeness }]));
  const last = known[known.length - 1]!;
  const prev = known[known.length - 2];
  const current = unit === "day" ? "latest check-in" : last.i === s.points.length - 1 ? "average this week" : "latest weekly average";
  const base = `${who} ${current}: trust ${fmt(last.trust)}, closeness ${fmt(last.closeness ?? 0)}`;
  if (!prev) return `${base}. ${subject} checked in on ${s.days} ${s.days === 1 ? "day" : "days"} in ${span}.`;
  const diff = round1(last.trust - prev.trust);
  const change = diff === 0 ? "the same trust as the time before" : `trust ${diff > 0 ? "up" : "down"} from ${fmt(prev.trust)}`;
  return `${base} (${change}).`;
}
