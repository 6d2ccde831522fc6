import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { guardConnection, type ConnectionGuard } from "@/lib/server/connection-guard";
import { configureSqlite } from "@/lib/server/sqlite";
import { env } from "@/lib/server/env";

// One Prisma client per process. Dev hot reload would otherwise open a new
// connection on every edit, so it is kept on globalThis.
const globalForDb = globalThis as unknown as { mendDb?: { client: PrismaClient; guard: ConnectionGuard } };

function createClient() {
  const url = env().databaseUrl;
  // better-sqlite3 is one connection: every query goes through the guard (connection-guard.ts).
  const guard = guardConnection(new PrismaBetterSQLite3({ url, timeout: 5000 }), { singleConnection: true });
  const client = new PrismaClient({ adapter: guard.factory });
  // Queued before any other query on this connection; a failure is logged, never unhandled.
  configureSqlite(client).catch((error) => console.error("SQLite setup failed", error));
  return { client, guard };
}

const instance = globalForDb.mendDb ?? createClient();
if (env().nodeEnv !== "production") globalForDb.mendDb = instance;

export const db = instance.client;
/** The connection's state, for /api/health. */
export const connection = instance.guard;
