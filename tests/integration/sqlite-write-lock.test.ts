import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { guardConnection } from "@/lib/server/connection-guard";
import { configureSqlite, SQLITE_TRANSACTION_OPTIONS } from "@/lib/server/sqlite";
import { PG_ADMIN_URL } from "../setup/paths";
import { db, makeUser } from "./factories";

// Other processes write to the same SQLite file: `npm run mend -- rotate-key` and `seal-existing`
// while the app serves, `npm run seed:demo`, and (issue 26) a second server process. A transaction
// begun with a plain (deferred) BEGIN reads from a snapshot; when another process commits before its
// first write, SQLite refuses the upgrade at once (SQLITE_BUSY_SNAPSHOT: no busy wait can help) and a
// person's save fails. The app's transactions take the write lock up front (BEGIN IMMEDIATE), so the
// other process waits for its turn instead (patches/@prisma+adapter-better-sqlite3+6.19.3.patch),
// and this one waits for another's on a timer rather than inside SQLite's busy handler.
const onPostgres = Boolean(PG_ADMIN_URL);
const others: Database.Database[] = [];
const clients: PrismaClient[] = [];
afterAll(async () => {
  others.forEach((other) => other.close());
  for (const client of clients) await client.$disconnect();
});

/** A second connection to the app's file, as another process has: it waits at most `timeout` ms for the lock. */
function anotherProcess(timeout: number) {
  const file = process.env.DATABASE_URL!.replace(/^file:/, "");
  const other = new Database(file, { timeout });
  others.push(other);
  return other;
}

/** The app's connection as db.ts builds it (its busy_timeout waits 5 s for the lock), with a guard of its own to watch. */
function appConnection() {
  const url = process.env.DATABASE_URL!;
  const guard = guardConnection(new PrismaBetterSQLite3({ url, timeout: 5000 }), { singleConnection: true, onConnect: configureSqlite });
  const client = new PrismaClient({ adapter: guard.factory, transactionOptions: SQLITE_TRANSACTION_OPTIONS });
  clients.push(client);
  return { guard, client };
}

describe.skipIf(onPostgres)("an app transaction and another process writing the same file", () => {
  it("a read-then-write transaction keeps its write when another process tries to commit between the two", async () => {
    const reader = await makeUser("Robin");
    const bystander = await makeUser("Kim");
    const other = anotherProcess(50);
    let otherOutcome = "";
    await db.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: reader.userId }, select: { name: true } });
      try {
        other.prepare("UPDATE User SET name = ? WHERE id = ?").run("Kim (other process)", bystander.userId);
        otherOutcome = "committed";
      } catch (error) {
        otherOutcome = (error as { code?: string }).code ?? String(error);
      }
      await tx.user.update({ where: { id: reader.userId }, data: { name: `${before.name} again` } });
    });
    // The other process found the lock taken and would wait its turn; the app's save went through.
    expect(otherOutcome).toBe("SQLITE_BUSY");
    expect(await db.user.findUnique({ where: { id: reader.userId }, select: { name: true } })).toEqual({ name: "Robin again" });

    // Once the app's transaction is over, the other process's write goes through.
    other.prepare("UPDATE User SET name = ? WHERE id = ?").run("Kim (other process)", bystander.userId);
    expect(await db.user.findUnique({ where: { id: bystander.userId }, select: { name: true } })).toEqual({ name: "Kim (other process)" });
  });

  it("waits for another process's lock without stopping this process: its other work goes on, and the save goes through once the lock is free", async () => {
    const { guard, client } = appConnection();
    const user = await makeUser("Robin");
    await client.user.findUnique({ where: { id: user.userId }, select: { id: true } }); // connected and configured
    const other = anotherProcess(1000);
    other.prepare("BEGIN IMMEDIATE").run();
    // The other process lets go after 300 ms, on this process's own timer: SQLite's busy handler,
    // sleeping inside BEGIN, would stop the timer (and every request) for the whole 5 s wait.
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    setTimeout(() => other.prepare("COMMIT").run(), 300);
    const started = Date.now();
    try {
      await client.$transaction(async (tx) =>
        tx.user.update({ where: { id: user.userId }, data: { name: "Robin, once the lock was free" } }),
      );
    } finally {
      clearInterval(ticker);
    }
    // Not a timing assertion: the save needed the timer above to run while it waited.
    expect(ticks, `waited ${Date.now() - started} ms`).toBeGreaterThanOrEqual(5);
    expect(await client.user.findUnique({ where: { id: user.userId }, select: { name: true } })).toEqual({
      name: "Robin, once the lock was free",
    });
    expect(guard.oldestTransactionMs()).toBe(0);
  });

  it("waits as long as the busy timeout allows, past Prisma's own 2 s default, when the other process holds the lock for 3 s", async () => {
    const { guard, client } = appConnection();
    const user = await makeUser("Robin");
    await client.user.findUnique({ where: { id: user.userId }, select: { id: true } });
    const other = anotherProcess(1000);
    other.prepare("BEGIN IMMEDIATE").run();
    setTimeout(() => other.prepare("COMMIT").run(), 3000);
    await client.$transaction(async (tx) => tx.user.update({ where: { id: user.userId }, data: { name: "Robin, after three seconds" } }));
    expect(await client.user.findUnique({ where: { id: user.userId }, select: { name: true } })).toEqual({
      name: "Robin, after three seconds",
    });
    expect(guard.oldestTransactionMs()).toBe(0);
  });

  it("when another process holds the lock past the wait, one transaction fails cleanly and the next one runs", async () => {
    const { guard, client } = appConnection();
    const user = await makeUser("Robin");
    const other = anotherProcess(1000);
    other.prepare("BEGIN IMMEDIATE").run();
    // Prisma reports SQLITE_BUSY after the wait as a timeout; the page shows its usual "not saved".
    const rename = (name: string) => client.$transaction(async (tx) => tx.user.update({ where: { id: user.userId }, data: { name } }));
    await expect(rename("while locked")).rejects.toThrow(/timed out/);
    other.prepare("COMMIT").run();
    // BEGIN failing must not leave the connection's lock held: the next transaction runs.
    await rename("after the lock");
    expect(await client.user.findUnique({ where: { id: user.userId }, select: { name: true } })).toEqual({ name: "after the lock" });
    expect(guard.oldestTransactionMs()).toBe(0);
  });
});
