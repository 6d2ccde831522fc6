import "server-only";

// Dates from SQL of our own (decision 016). Prisma reads a DateTime column into a Date itself; a raw
// statement hands over what the driver has: a Date on PostgreSQL, on SQLite the stored text. Mend's
// SQLite rows hold ISO text with an offset (`2026-12-07T18:00:00.000+00:00`), except values a
// migration filled with SQLite's own CURRENT_TIMESTAMP (`2026-11-26 04:10:00`), which is UTC but
// says nothing of it: JavaScript would read it as the server's local time.

const SQLITE_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/;

export function sqlDate(value: Date | string | number): Date {
  if (value instanceof Date) return value;
  if (typeof value === "string" && SQLITE_TIMESTAMP.test(value)) return new Date(`${value.replace(" ", "T")}Z`);
  return new Date(value);
}

export const maybeSqlDate = (value: Date | string | number | null): Date | null => (value === null ? null : sqlDate(value));
