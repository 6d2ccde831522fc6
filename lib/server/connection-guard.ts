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
 * would leak a pooled connection. And it tracks how long transactions stay open, so /api/health
 * can report a stuck connection.
 */
export type ConnectionGuard = {
  factory: SqlDriverAdapterFactory;
  /** How long the oldest open transaction has been open, in ms; 0 when none is open. */
  oldestTransactionMs(): number;
};

const ROLLBACK: SqlQuery = { sql: "ROLLBACK", args: [], argTypes: [] };
const isEnd = (query: SqlQuery) => query.sql === "COMMIT" || query.sql === "ROLLBACK";

export function guardConnection(inner: SqlDriverAdapterFactory, { singleConnection }: { singleConnection: boolean }): ConnectionGuard {
  const open = new Set<{ startedAt: number }>();
  const lock = singleConnection ? new Mutex() : null;
  // Plain queries on a single connection wait for the lock; pooled ones run at once.
  const exclusive = <T>(run: () => Promise<T>) => (lock ? lock.runExclusive(run) : run());

  function guardTransaction(tx: Transaction, releaseLock: () => void): Transaction {
    const mark = { startedAt: Date.now() };
    open.add(mark);
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

  function guardAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      queryRaw: (query) => exclusive(() => adapter.queryRaw(query)),
      executeRaw: (query) => exclusive(() => adapter.executeRaw(query)),
      executeScript: (script) => exclusive(() => adapter.executeScript(script)),
      async startTransaction(isolationLevel) {
        const release = lock ? await lock.acquire() : () => undefined;
        try {
          return guardTransaction(await adapter.startTransaction(isolationLevel), release);
        } catch (error) {
          release();
          throw error;
        }
      },
      getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
      dispose: () => adapter.dispose(),
    };
  }

  return {
    factory: {
      provider: inner.provider,
      adapterName: inner.adapterName,
      connect: async () => guardAdapter(await inner.connect()),
    },
    oldestTransactionMs() {
      let oldest = Infinity;
      for (const { startedAt } of open) oldest = Math.min(oldest, startedAt);
      return open.size === 0 ? 0 : Date.now() - oldest;
    },
  };
}
