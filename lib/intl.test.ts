import { describe, expect, it } from "vitest";
import { dateFormat } from "@/lib/intl";

describe("dateFormat", () => {
  it("makes one formatter per locale and options, and keeps different options apart", () => {
    const at = new Date("2026-11-22T23:30:00Z");
    const utc = dateFormat("en-US", { timeZone: "UTC", day: "numeric" });
    expect(dateFormat("en-US", { timeZone: "UTC", day: "numeric" })).toBe(utc);
    const auckland = dateFormat("en-US", { timeZone: "Pacific/Auckland", day: "numeric" });
    expect(auckland).not.toBe(utc);
    expect([utc.format(at), auckland.format(at)]).toEqual(["22", "23"]);
    expect(dateFormat("en-GB", { timeZone: "UTC", day: "numeric" })).not.toBe(utc);
  });

  it("refuses an unknown time zone, as Intl does, and caches nothing for it", () => {
    expect(() => dateFormat("en", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
    expect(() => dateFormat("en", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});
