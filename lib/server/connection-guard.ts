import { Mutex } from "async-mutex";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/**
 * One safe path to the database, for every query the app makes.
 *
 * `@prisma/adapter-better-sqlite3` 6.19 keeps ONE connection. An interactive transaction runs
 * `BEGIN` on it and its mutex orders transactions only against each other, so a plain query from
 * another request runs *inside* the open transaction: it reads uncommitted rows, and its write is
 * lost when that transaction rolls back although its caller was told it succeeded.
 * For a single-connection adapter this guard makes plain queries wait while a transaction holds
 * the connection (one lock per connection, shared with `startTransaction`, released on commit and
 * on rollback). Pooled adapters (PostgreSQL) give each transaction its own connection, so they get
 * no lock and keep their concurrency.
 *
 * For every adapter it also cleans up after a failed COMMIT or ROLLBACK: Prisma 6.19 then never
 * calls the driver's `commit()`/`rollback()`, which left the SQLite connection inside `BEGIN` with
 * its mutex held for good (prisma/orm#29933, https://github.com/prisma/prisma/issues/29933) and
 * would leak a pooled connection. A failed BEGIN on the single connection left the adapter's own
 * mutex held for good too (unpatched, it never releases it when BEGIN throws; Mend's patch now does),
 * so the guard still replaces the connection with a fresh one, which costs a reconnect and is safe
 * either way. It tracks how long transactions stay open (from the moment one asks
 * for the connection), so /api/health can report a stuck connection. And a query sent through `db`
 * from inside a transaction callback fails at once (`inTransaction`): on one connection it would wait
 * for its own transaction, then commit on its own after that transaction failed.
 */
export type ConnectionGuard = {
  factory: SqlDriverAdapterFactory;
  /** How long the oldest open transaction has been open, in ms; 0 when none is open. */
  oldestTransactionMs(): number;
};

const ROLLBACK: SqlQuery = { sql: "ROLLBACK", args: [], argTypes: [] };
const isEnd = (query: SqlQuery) => query.sql === "COMMIT" || query.sql === "ROLLBACK";

type Options = {
  /** One connection for the whole process (better-sqlite3): plain queries wait for transactions. */
  singleConnection: boolean;
  /** Per-connection setup (PRAGMAs), run on every new connection before any query. */
  onConnect?: (adapter: SqlDriverAdapter) => Promise<void>;
  /** True while the caller runs inside a transaction callback (see lib/server/db.ts). */
  inTransaction?: () => boolean;
};

export class QueryOutsideTransactionError extends Error {
  constructor() {
    super("A query through `db` inside a transaction callback: use the transaction's `tx` client.");
  }
}

export function guardConnection(inner: SqlDriverAdapterFactory, { singleConnection, onConnect, inTransaction }: Options): ConnectionGuard {
  const open = new Set<{ startedAt: number }>();
  const lock = singleConnection ? new Mutex() : null;
  // Plain queries on a single connection wait for the lock; pooled ones run at once.
  const exclusive = <T>(run: () => Promise<T>) => {
    if (inTransaction?.()) return Promise.reject(new QueryOutsideTransactionError());
    return lock ? lock.runExclusive(run) : run();
  };

  async function connect() {
    const adapter = await inner.connect();
    await onConnect?.(adapter);
    return adapter;
  }

  function guardTransaction(tx: Transaction, mark: { startedAt: number }, releaseLock: () => void): Transaction {
    let finished = false;
    const finish = async (end: () => Promise<void>) => {
      if (finished) return;
      finished = true;
      try {
        await end();
      } finally {
        open.delete(mark);
        releaseLock();
      }
    };
    return {
      provider: tx.provider,
      adapterName: tx.adapterName,
      options: tx.options,
      queryRaw: (query) => tx.queryRaw(query),
      async executeRaw(query) {
        try {
          return await tx.executeRaw(query);
        } catch (error) {
          if (isEnd(query)) {
            // The transaction may still be open on the connection: end it, give the connection back.
            if (query.sql === "COMMIT") await tx.executeRaw(ROLLBACK).catch(() => undefined);
            await finish(() => tx.rollback());
          }
          throw error;
        }
      },
      commit: () => finish(() => tx.commit()),
      rollback: () => finish(() => tx.rollback()),
    };
  }

  function guardAdapter(first: SqlDriverAdapter): SqlDriverAdapter {
    // Replaced when a failed BEGIN leaves the single connection unusable.
    let current = first;
    return {
      provider: first.provider,
      adapterName: first.adapterName,
      queryRaw: (query) => exclusive(() => current.queryRaw(query)),
      executeRaw: (query) => exclusive(() => current.executeRaw(query)),
      executeScript: (script) => exclusive(() => current.executeScript(script)),
      async startTransaction(isolationLevel) {
        if (inTransaction?.()) throw new QueryOutsideTransactionError();
        // Counted as open from here: a start that hangs shows in /api/health too.
        const mark = { startedAt: Date.now() };
        open.add(mark);
        const release = lock ? await lock.acquire() : () => undefined;
        try {
          return guardTransaction(await current.startTransaction(isolationLevel), mark, release);
        } catch (error) {
          try {
            if (lock) {
              console.error("database: BEGIN failed on the single connection; replacing the connection", error);
              const broken = current;
              current = await connect();
              await broken.dispose().catch(() => undefined);
            }
          } finally {
            open.delete(mark);
            release();
          }
          throw error;
        }
      },
      getConnectionInfo: first.getConnectionInfo?.bind(first),
      dispose: () => current.dispose(),
    };
  }

  return {
    factory: {
      provider: inner.provider,
      adapterName: inner.adapterName,
      connect: async () => guardAdapter(await connect()),
    },
    oldestTransactionMs() {
      let oldest = Infinity;
      for (const { startedAt } of open) oldest = Math.min(oldest, startedAt);
      return open.size === 0 ? 0 : Date.now() - oldest;
    },
  };
}
