import { describe, expect, it } from "vitest";
import { utcToZoned, zonedTimeToUtc } from "@/lib/talks/zoned";

describe("wall-clock times in a zone", () => {
  it.each([
    ["2026-12-01", "19:30", "Europe/Berlin", "2026-12-01T18:30:00.000Z"],
    ["2026-07-01", "19:30", "Europe/Berlin", "2026-07-01T17:30:00.000Z"],
    ["2026-12-01", "07:00", "Pacific/Auckland", "2026-11-30T18:00:00.000Z"],
    ["2026-03-08", "03:30", "America/New_York", "2026-03-08T07:30:00.000Z"],
    ["2026-12-01", "10:00", "Asia/Kolkata", "2026-12-01T04:30:00.000Z"],
  ])("%s %s in %s is %s", (date, time, zone, iso) => {
    expect(zonedTimeToUtc(date, time, zone)?.toISOString()).toBe(iso);
    expect(utcToZoned(new Date(iso), zone)).toEqual({ date, time });
  });

  it("refuses a time the clocks skip, and takes the first of a repeated hour", () => {
    expect(zonedTimeToUtc("2026-03-08", "02:30", "America/New_York")).toBeNull();
    expect(zonedTimeToUtc("2026-03-29", "02:15", "Europe/Berlin")).toBeNull();
    expect(zonedTimeToUtc("2026-11-01", "01:30", "America/New_York")?.toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });
});
