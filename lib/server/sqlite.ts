import "server-only";

type RawClient = { $queryRawUnsafe: (sql: string) => Promise<unknown> };

/**
 * WAL lets readers proceed while one writer commits; the busy timeout makes a writer
 * wait instead of failing with SQLITE_BUSY (the adapter passes `timeout` to
 * better-sqlite3 too, this makes it explicit per connection). See prisma/orm#29933
 * for why a BUSY at COMMIT must be avoided with the better-sqlite3 adapter.
 */
export async function configureSqlite(client: RawClient) {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  // An acknowledged write must survive a power cut too, not only a killed process: in WAL mode
  // NORMAL may lose the last commits on an OS crash, FULL syncs the log on every commit.
  await client.$queryRawUnsafe("PRAGMA synchronous = FULL");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
}
