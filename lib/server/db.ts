import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { guardConnection, type ConnectionGuard } from "@/lib/server/connection-guard";
import { configureSqlite } from "@/lib/server/sqlite";
import { env } from "@/lib/server/env";

// One Prisma client per process. Dev hot reload would otherwise open a new
// connection on every edit, so it is kept on globalThis.
const globalForDb = globalThis as unknown as { mendDb?: { client: PrismaClient; guard: ConnectionGuard } };

/** Set while a `db.$transaction` callback runs: a query through `db` there is a bug (use `tx`). */
const insideTransaction = new AsyncLocalStorage<true>();

function createClient() {
  // better-sqlite3 is one connection: every query goes through the guard (connection-guard.ts).
  const guard = guardConnection(new PrismaBetterSQLite3({ url: env().databaseUrl, timeout: 5000 }), {
    singleConnection: true,
    onConnect: configureSqlite,
    inTransaction: () => insideTransaction.getStore() === true,
  });
  const prisma = new PrismaClient({ adapter: guard.factory });
  const client = new Proxy(prisma, {
    get(target, property, receiver) {
      if (property !== "$transaction") return Reflect.get(target, property, receiver);
      const transaction = target.$transaction.bind(target) as (first: unknown, ...rest: unknown[]) => Promise<unknown>;
      // Only the callback runs marked; Prisma's own BEGIN/COMMIT for it do not.
      return (first: unknown, ...rest: unknown[]) =>
        typeof first === "function"
          ? transaction((tx: unknown) => insideTransaction.run(true, () => first(tx)), ...rest)
          : transaction(first, ...rest);
    },
  });
  return { client, guard };
}

const instance = globalForDb.mendDb ?? createClient();
if (env().nodeEnv !== "production") globalForDb.mendDb = instance;

export const db = instance.client;
/** The connection's state, for /api/health. */
export const connection = instance.guard;
