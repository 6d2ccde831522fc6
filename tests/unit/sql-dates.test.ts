import { afterEach, describe, expect, it } from "vitest";
import { maybeSqlDate, sqlDate } from "@/lib/server/sql-dates";

// SQL of our own reads SQLite's stored text (decision 016). A value a migration filled with SQLite's
// CURRENT_TIMESTAMP has no offset and is UTC: it must not be read as the server's local time.

const savedZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedZone;
});

describe("dates from SQL of our own", () => {
  it("reads SQLite's CURRENT_TIMESTAMP text as UTC, whatever the server's zone", () => {
    process.env.TZ = "Asia/Kolkata";
    expect(sqlDate("2026-11-26 04:10:00")).toEqual(new Date(Date.UTC(2026, 10, 26, 4, 10, 0)));
    expect(sqlDate("2026-11-26 04:10:00.250")).toEqual(new Date(Date.UTC(2026, 10, 26, 4, 10, 0, 250)));
  });

  it("reads the ISO text Prisma stores, a Date from PostgreSQL and milliseconds as they are", () => {
    process.env.TZ = "America/New_York";
    const at = new Date(Date.UTC(2026, 11, 7, 18, 0, 0, 125));
    expect(sqlDate("2026-12-07T18:00:00.125+00:00")).toEqual(at);
    expect(sqlDate(at)).toBe(at);
    expect(sqlDate(at.getTime())).toEqual(at);
    expect(maybeSqlDate(null)).toBeNull();
  });
});
