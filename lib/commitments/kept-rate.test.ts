import { describe, expect, it } from "vitest";
import { keptRate, weekStart } from "@/lib/commitments/kept-rate";
import { localDateIn } from "@/lib/check-ins/dates";

describe("kept-rate maths", () => {
  it("weeks start on Monday in the owner's calendar", () => {
    expect(weekStart("2026-11-22")).toBe("2026-11-16"); // a Sunday
    expect(weekStart("2026-11-23")).toBe("2026-11-23"); // a Monday
    expect(weekStart("2027-01-01")).toBe("2026-12-28"); // across a year
  });

  it("the local date follows the time zone, not UTC", () => {
    const at = new Date("2026-11-23T06:30:00Z");
    expect(localDateIn("America/Los_Angeles", at)).toBe("2026-11-22");
    expect(localDateIn("Pacific/Auckland", new Date("2026-11-22T12:30:00Z"))).toBe("2026-11-23");
  });

  it("counts confirmed kept against confirmed kept plus missed; waiting and disputed logs aren't scored", () => {
    const r = keptRate(
      [
        { localDate: "2026-11-23", outcome: "kept", verdict: "confirmed" },
        { localDate: "2026-11-22", outcome: "missed", verdict: null },
        { localDate: "2026-11-21", outcome: "kept", verdict: null },
        { localDate: "2026-11-20", outcome: "kept", verdict: "disputed" },
        { localDate: "2026-10-01", outcome: "missed", verdict: null }, // outside 4 weeks
      ],
      { today: "2026-11-24", weeks: 4 },
    );
    expect(r).toMatchObject({ rate: 0.5, kept: 1, counted: 2, awaiting: 1, disputed: 1 });
    expect(r.buckets.map((b) => [b.start, b.kept, b.counted])).toEqual([
      ["2026-11-02", 0, 0],
      ["2026-11-09", 0, 0],
      ["2026-11-16", 0, 1],
      ["2026-11-23", 1, 1],
    ]);
    expect(keptRate([], { today: "2026-11-24", weeks: 12 }).rate).toBeNull();
  });
});
