import { vi } from "vitest";

// Counts the statements the app's Prisma client runs, as `npm run bench` does (MEND_LOG_QUERIES=1
// prints one `mend:query <SQL>` line per statement, never the values). A test file that counts sets
// MEND_LOG_QUERIES before lib/server/db is first imported:
//
//   vi.hoisted(() => void (process.env.MEND_LOG_QUERIES = "1"));
//
// A statement count is not a timing: it does not move with the machine's load.

/** Runs `work` and returns the SQL of every statement it ran (the lines are kept off the test's output). */
export async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const spy = vi.spyOn(process.stdout, "write").mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
    const text = String(chunk);
    if (!text.startsWith("mend:query ")) return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    for (const line of text.split("\n")) if (line.startsWith("mend:query ")) seen.push(line.slice("mend:query ".length));
    return true;
  }) as typeof process.stdout.write);
  try {
    await work();
    // Prisma emits a statement's event after it ran: let the last ones arrive.
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    spy.mockRestore();
  }
  return seen;
}

export const commitsIn = (statements: string[]) => statements.filter((sql) => /^\s*COMMIT\b/i.test(sql)).length;

/** The SELECTs whose columns come from `table` (logged lines are cut short, so the FROM may be missing). */
export const selectsFrom = (statements: string[], table: string) =>
  statements.filter((sql) => new RegExp(`^\\s*SELECT\\s+(?:[\`"]\\w+[\`"]\\.)?[\`"]${table}[\`"]\\.`).test(sql));
