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

  it("stays bounded when people send the same zone in every letter case", () => {
    const first = dateFormat("en", { timeZone: "europe/berlin" });
    // Intl takes any letter case, so each variant is a new key: the cache starts over rather than grow.
    const letters = "americaargentina";
    for (let i = 0; i < 600; i++) {
      // 600 different spellings of one zone: the i-th sets the case of each letter of the name by i's bits.
      const cased = [...letters].map((c, j) => ((i >> j) & 1 ? c.toUpperCase() : c)).join("");
      dateFormat("en", { timeZone: `${cased.slice(0, 7)}/${cased.slice(7)}/buenos_aires` });
    }
    expect(dateFormat("en", { timeZone: "europe/berlin" })).not.toBe(first);
  });
});
