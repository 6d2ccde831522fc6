import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { guardConnection, type ConnectionGuard } from "@/lib/server/connection-guard";
import { configureSqlite, SQLITE_TRANSACTION_OPTIONS } from "@/lib/server/sqlite";
import { dataKeys } from "@/lib/server/crypto/keys";
import { dataModelOf, sealedExtension, sealedLookupClient } from "@/lib/server/crypto/sealed-client";
import { env } from "@/lib/server/env";

// One Prisma client per process. Dev hot reload would otherwise open a new
// connection on every edit, so it is kept on globalThis.
const globalForDb = globalThis as unknown as { mendDb?: { client: PrismaClient; guard: ConnectionGuard } };

/** Set while a `db.$transaction` callback runs: a query through `db` there is a bug (use `tx`). */
const insideTransaction = new AsyncLocalStorage<true>();

type TransactionClient = Prisma.TransactionClient;
/** A check every transaction started inside `checkEveryTransaction` runs first, on its own `tx`. */
const transactionCheck = new AsyncLocalStorage<(tx: TransactionClient) => Promise<void>>();

/**
 * Runs `work` so that every `db.$transaction` callback inside it begins with `check(tx)`, in the
 * same transaction as the write that follows: a check that throws rolls the write back. Joint work
 * uses it for the pause (lib/server/safety/joint.ts), so no joint write can skip the check or run
 * it apart from its own write.
 */
export function checkEveryTransaction<T>(check: (tx: TransactionClient) => Promise<void>, work: () => Promise<T>): Promise<T> {
  return transactionCheck.run(check, work);
}

/** A step the first transaction started inside `countInFirstTransaction` runs first; `claimed` once one ran it. */
type FirstTransactionStep = { step: (tx: TransactionClient) => Promise<void>; claimed: boolean };
const firstTransactionStep = new AsyncLocalStorage<FirstTransactionStep>();

/**
 * Runs `work` so that the first `db.$transaction` callback inside it begins with `step(tx)`, in the
 * same transaction as the write that follows (one COMMIT, one disk sync, for both). The daily
 * allowance of a save is counted so (lib/server/actions.ts). Returns whether a transaction that ran
 * the step committed: when not (no transaction opened, or every one rolled back), the caller decides.
 */
export async function countInFirstTransaction<T>(step: (tx: TransactionClient) => Promise<void>, work: () => Promise<T>) {
  const pending: FirstTransactionStep = { step, claimed: false };
  const result = await firstTransactionStep.run(pending, work);
  return { result, counted: pending.claimed };
}

/** Tries of one PostgreSQL transaction that keeps conflicting with concurrent ones. */
const SERIALIZABLE_ATTEMPTS = 20;

/**
 * PostgreSQL aborted a transaction for a concurrent one: serialization failure (40001) or deadlock
 * (40P01). Prisma reports it as P2034, or (from inside the callback) as the adapter's
 * TransactionWriteConflict.
 */
export function isSerializationFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") return true;
  const cause = (error as { cause?: unknown }).cause;
  const detail = `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})} ${typeof cause === "object" ? JSON.stringify(cause) : ""}`;
  return /TransactionWriteConflict|\b40001\b|\b40P01\b|could not serialize access|deadlock detected/.test(detail);
}

/**
 * MEND_LOG_QUERIES=1: one line per statement on stdout, `mend:query <SQL>`, for counting what a
 * request costs (`npm run bench` prints queries per dashboard and per write). The SQL only: the
 * values a statement carries (what people wrote) travel in the event's `params`, never printed.
 * That holds while no code builds SQL text out of values ($queryRawUnsafe): keep it so. Each value the
 * sealing extension seals or opens prints `mend:sealed` / `mend:opened` (no place, no words).
 */
function logStatements(prisma: PrismaClient) {
  const events = prisma as unknown as { $on(event: "query", listener: (e: { query: string }) => void): void };
  events.$on("query", ({ query }) => process.stdout.write(`mend:query ${query.replace(/\s+/g, " ").slice(0, 300)}\n`));
}

function createClient() {
  const { databaseUrl, databaseProvider } = env();
  const inTransaction = () => insideTransaction.getStore() === true;
  const queryEvents = env().logQueries ? [{ emit: "event" as const, level: "query" as const }] : [];
  let guard: ConnectionGuard;
  let prisma: PrismaClient;
  if (databaseProvider === "postgresql") {
    // A pool: each transaction has its own connection, so the guard takes no lock.
    guard = guardConnection(new PrismaPg({ connectionString: databaseUrl }), { singleConnection: false, inTransaction });
    // Both clients come from the one schema source (lib/cli/prisma-schemas.mjs): only the provider
    // differs, so the PostgreSQL client has the SQLite client's API.
    prisma = new PostgresPrismaClient({ adapter: guard.factory, log: queryEvents }) as unknown as PrismaClient;
  } else {
    // better-sqlite3 is one connection: every query goes through the guard (connection-guard.ts).
    guard = guardConnection(new PrismaBetterSQLite3({ url: databaseUrl, timeout: 5000 }), {
      singleConnection: true,
      onConnect: configureSqlite,
      inTransaction,
    });
    prisma = new PrismaClient({ adapter: guard.factory, log: queryEvents, transactionOptions: SQLITE_TRANSACTION_OPTIONS });
  }
  if (env().logQueries) logStatements(prisma);
  // Every query goes through the sealing extension (decision 014); the query log above sees only ciphertext.
  const sealed = env().benchUnsealed
    ? prisma
    : (prisma.$extends(
        sealedExtension(dataModelOf(prisma), dataKeys(), env().logQueries ? (what) => process.stdout.write(`mend:${what}\n`) : undefined),
      ) as unknown as PrismaClient);
  const client = new Proxy(sealed, {
    get(target, property, receiver) {
      if (property !== "$transaction") return Reflect.get(target, property, receiver);
      const transaction = target.$transaction.bind(target) as (first: unknown, ...rest: unknown[]) => Promise<unknown>;
      // Only the callback runs marked; Prisma's own BEGIN/COMMIT for it do not.
      const run = (first: unknown, rest: unknown[]) => {
        const check = transactionCheck.getStore();
        // A batch has no callback to run the check in: inside checked work it is a bug.
        if (check && typeof first !== "function") throw new Error("Checked work (a joint action) needs an interactive transaction.");
        if (typeof first !== "function") return transaction(first, ...rest);
        const pending = firstTransactionStep.getStore();
        let claimedHere = false;
        return transaction(
          (tx: TransactionClient) =>
            insideTransaction.run(true, () =>
              sealedLookupClient.run(tx, async () => {
                if (pending && !pending.claimed) {
                  pending.claimed = claimedHere = true;
                  await pending.step(tx);
                }
                if (check) await check(tx);
                return first(tx);
              }),
            ),
          ...rest,
        ).catch((error: unknown) => {
          // Rolled back, the step's work with it: the next transaction (a retry) runs it again.
          if (claimedHere && pending) pending.claimed = false;
          throw error;
        });
      };
      if (databaseProvider !== "postgresql") return (first: unknown, ...rest: unknown[]) => run(first, rest);
      // SQLite runs one transaction at a time, so every read-merge-write is serializable there. On
      // PostgreSQL's pool they overlap: run them SERIALIZABLE too, and run one again from the start
      // when PostgreSQL aborts it for a conflicting concurrent one (it then changed nothing).
      return async (first: unknown, options?: Record<string, unknown>) => {
        const serializable = [{ isolationLevel: "Serializable", maxWait: 10_000, timeout: 15_000, ...options }];
        for (let attempt = 1; ; attempt++) {
          try {
            return await run(first, serializable);
          } catch (error) {
            if (!isSerializationFailure(error) || attempt >= SERIALIZABLE_ATTEMPTS) throw error;
            await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
          }
        }
      };
    },
  });
  return { client, guard };
}

const instance = globalForDb.mendDb ?? createClient();
if (env().nodeEnv !== "production") globalForDb.mendDb = instance;

export const db = instance.client;
/** The connection's state, for /api/health. */
export const connection = instance.guard;
