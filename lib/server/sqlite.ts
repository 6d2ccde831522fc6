import "server-only";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

/**
 * Run on every new SQLite connection before any query (the connection guard's onConnect).
 * WAL lets readers proceed while one writer commits; the busy timeout makes a writer wait
 * instead of failing with SQLITE_BUSY (see prisma/orm#29933 for why a BUSY at COMMIT must be
 * avoided with the better-sqlite3 adapter). An acknowledged write must survive a power cut too,
 * not only a killed process: in WAL mode NORMAL may lose the last commits on an OS crash, FULL
 * syncs the log on every commit.
 */
export async function configureSqlite(adapter: Pick<SqlDriverAdapter, "executeScript">) {
  await adapter.executeScript(
    "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
  );
}
