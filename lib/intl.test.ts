import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { dateFormat, formatDay, formatMoment } from "@/lib/intl";
import { formatLocalDate } from "@/lib/check-ins/dates";
import { formatInZone } from "@/lib/talks/zoned";

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

// Issue 22: dates were written three ways ("4 Dec 2026, 14:55", "Fri, Dec 4", "3 Jan 2027").
describe("one date style", () => {
  const at = new Date("2026-12-04T14:55:00Z");
  it("writes day, short month and year, with an optional weekday and 24-hour time", () => {
    expect(formatDay("2026-12-04")).toBe("4 Dec 2026");
    expect(formatDay("2026-12-04", { weekday: true })).toBe("Fri 4 Dec 2026");
    expect(formatMoment(at, "UTC", { time: true })).toBe("4 Dec 2026, 14:55");
    expect(formatMoment(at, "Pacific/Auckland", { time: true })).toBe("5 Dec 2026, 03:55");
    expect(formatInZone(at, "Europe/Berlin")).toBe("Fri 4 Dec 2026, 15:55");
    expect(formatLocalDate("2026-12-04", { weekday: true })).toBe("Fri 4 Dec");
  });

  it("is the only place that styles a date for reading", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name !== "generated" && e.name !== "node_modules") walk(p);
        } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && p !== path.join("lib", "intl.ts")) {
          const text = fs.readFileSync(p, "utf8");
          if (/toLocaleDateString|toLocaleTimeString|month: "(short|long)"|import {[^}]*\bformat\b[^}]*} from "date-fns"/.test(text))
            offenders.push(p);
        }
      }
    };
    for (const root of ["app", "components", "lib"]) walk(root);
    expect(offenders).toEqual([]);
  });
});
