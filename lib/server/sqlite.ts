import "server-only";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { env } from "@/lib/server/env";

/**
 * Run on every new SQLite connection before any query (the connection guard's onConnect).
 * WAL lets readers proceed while one writer commits; the busy timeout makes a writer wait
 * instead of failing with SQLITE_BUSY (see prisma/orm#29933 for why a BUSY at COMMIT must be
 * avoided with the better-sqlite3 adapter). An acknowledged write must survive a power cut too,
 * not only a killed process: in WAL mode NORMAL may lose the last commits on an OS crash, FULL
 * syncs the log on every commit. secure_delete: SQLite otherwise only marks a deleted row's bytes
 * as free, so erased words could be read back from the file; ON overwrites them with zeros.
 */
export async function configureSqlite(adapter: Pick<SqlDriverAdapter, "executeScript">) {
  await adapter.executeScript(
    "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
  );
}

/**
 * How long a transaction may wait to begin: longer than the busy timeout above. Beginning takes the
 * write lock (BEGIN IMMEDIATE, decision 004), and while another process holds it the wait happens
 * on a timer, where Prisma's own `maxWait` (2 s by default) would cut it short of the 5 s it may take.
 * It covers the wait behind this process's own transactions too.
 */
export const SQLITE_TRANSACTION_OPTIONS = { maxWait: 10_000 } as const;

type RawClient = { $queryRawUnsafe<T = unknown>(query: string): Promise<T> };

/**
 * After erasing someone's words: copies the zeroed pages from the -wal file into the database and
 * empties the -wal file, which otherwise keeps the pages as they were before the erase until
 * SQLite's next automatic checkpoint (after ~1000 pages of writes). Call it with `db` after the
 * erasing transaction has committed: the query goes through the connection guard, so it waits for
 * any other request's transaction instead of running inside it (decision 004). Never throws: the
 * erase itself has committed, and a checkpoint that can't finish now happens later anyway.
 * PostgreSQL has no such file to empty: a deleted row stays as a dead tuple until VACUUM (see
 * decision 008).
 */
export async function scrubFreedPages(client: RawClient): Promise<void> {
  if (env().databaseProvider !== "sqlite") return;
  try {
    const [result] = await client.$queryRawUnsafe<{ busy: bigint | number }[]>("PRAGMA wal_checkpoint(TRUNCATE)");
    if (Number(result?.busy ?? 0) !== 0)
      console.warn("database: the checkpoint after an erase was blocked by a reader; it completes at the next one");
  } catch (error) {
    console.error("database: the checkpoint after an erase failed", error);
  }
}
