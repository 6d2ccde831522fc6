import { describe, expect, it } from "vitest";
import { buildTimeline, type TimelineCheckIn } from "@/lib/check-ins/timeline";
import { addDays } from "@/lib/check-ins/dates";

const TODAY = "2026-11-25";
const people = [
  { userId: "me", name: "Alex", isMe: true, scoresPrivate: false },
  { userId: "sam", name: "Sam", isMe: false, scoresPrivate: false },
];
const at = (authorId: string, daysAgo: number, trust: number, closeness = 5): TimelineCheckIn => ({
  authorId,
  localDate: addDays(TODAY, -daysAgo),
  trust,
  closeness,
});

describe("the trust timeline", () => {
  it("averages per week, ending today, and leaves weeks without a check-in empty (never zero)", () => {
    const t = buildTimeline({ today: TODAY, weeks: 8, people, checkIns: [at("me", 0, 6), at("me", 3, 8), at("me", 14, 2)] });
    expect(t.buckets).toHaveLength(8);
    expect(t.buckets.at(-1)).toMatchObject({ start: "2026-11-19", end: TODAY });
    const me = t.series[0]!;
    expect(me.points.at(-1)).toEqual({ trust: 7, closeness: 5, count: 2 });
    expect(me.points.at(-2)).toEqual({ trust: null, closeness: null, count: 0 });
    expect(me.points.at(-3)).toMatchObject({ trust: 2 });
    expect(t.series[1]!.points.every((p) => p.trust === null)).toBe(true);
    expect(t.summary[1]).toBe("No check-ins from Sam in the last 8 weeks.");
  });

  it("says when trust has risen weeks running, by name", () => {
    const t = buildTimeline({
      today: TODAY,
      weeks: 8,
      people,
      checkIns: [at("sam", 21, 3), at("sam", 14, 4), at("sam", 7, 5), at("sam", 0, 6)],
    });
    expect(t.summary[1]).toBe("Sam's trust has risen three weeks running.");
  });

  it("doesn't call a rise across a gap a run", () => {
    const t = buildTimeline({ today: TODAY, weeks: 8, people, checkIns: [at("sam", 21, 3), at("sam", 7, 5), at("sam", 0, 6)] });
    expect(t.summary[1]).not.toContain("running");
  });

  it("shows days for two weeks, and only that a private partner checked in", () => {
    const t = buildTimeline({
      today: TODAY,
      weeks: 2,
      people: [people[0]!, { ...people[1]!, scoresPrivate: true }],
      checkIns: [at("sam", 0, 9), at("sam", 1, 9)],
    });
    expect(t.unit).toBe("day");
    expect(t.buckets).toHaveLength(14);
    expect(t.series[1]!.points.at(-1)).toEqual({ trust: null, closeness: null, count: 1 });
    expect(t.summary[1]).toBe("Sam keeps their scores private for now. They checked in on 2 days in the last 2 weeks.");
  });
});
