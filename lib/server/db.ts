import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { defaultDatabaseUrl } from "@/lib/local-state.mjs";
import { configureSqlite } from "@/lib/server/sqlite";

// One Prisma client per process. Dev hot reload would otherwise open a new
// connection on every edit, so it is kept on globalThis.
const globalForDb = globalThis as unknown as { mendDb?: PrismaClient };

function createClient() {
  const url = process.env.DATABASE_URL || defaultDatabaseUrl();
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
  // Queued before any other query on this connection; a failure is logged, never unhandled.
  configureSqlite(client).catch((error) => console.error("SQLite setup failed", error));
  return client;
}

export const db = globalForDb.mendDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.mendDb = db;

export type Db = typeof db;
