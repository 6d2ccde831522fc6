import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { connection } from "@/lib/server/db";
import { checkHealth } from "@/lib/server/health";
import { db } from "./factories";

// prisma adapter-better-sqlite3 6.19 runs every query on one connection. These tests open an
// interactive transaction the way a request does and act from "another request" meanwhile.

/**
 * Opens an interactive transaction that writes a user, waits until `release()` is called, then
 * fails. `ready` resolves once the transaction is open and has written.
 */
async function transactionThatRollsBack(email: string) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let opened!: () => void;
  const ready = new Promise<void>((resolve) => (opened = resolve));
  const done = db
    .$transaction(async (tx) => {
      await tx.user.create({ data: { email, name: "Uncommitted", passwordHash: "x" } });
      opened();
      await gate;
      throw new Error("late validation error");
    })
    .then(
      () => "committed",
      (error: Error) => error.message,
    );
  await ready;
  return { release, done };
}

/** Waits until `promise` settles or `ms` pass, whichever comes first. */
function settledOrAfter(promise: Promise<unknown>, ms: number) {
  return Promise.race([promise.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms))]);
}

// Replacing a broken BEGIN/COMMIT connection is about SQLite's one connection; the rest holds on a
// PostgreSQL pool too (`npm run test:postgres`).
const onSqlite = process.env.DATABASE_URL!.startsWith("file:");

const tag = () => Math.random().toString(36).slice(2, 10);

describe("one safe path to the database", () => {
  it("keeps a plain write made while another request's transaction is open, after that transaction rolls back", async () => {
    const tx = await transactionThatRollsBack(`tx-${tag()}@example.test`);

    // "Another request" registers while the transaction is open; it is acknowledged once it resolves.
    const registering = db.user.create({
      data: { email: `plain-${tag()}@example.test`, name: "Acknowledged", passwordHash: "x" },
      select: { id: true },
    });
    // Give the plain write every chance to run inside the open transaction: until it is
    // acknowledged (the defect) or for half a second (a fixed path makes it wait).
    await settledOrAfter(registering, 500);
    tx.release();

    expect(await tx.done).toBe("late validation error");
    const user = await registering;
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("never lets a read outside a transaction see another transaction's uncommitted rows", async () => {
    const email = `dirty-${tag()}@example.test`;
    const tx = await transactionThatRollsBack(email);

    const reading = db.user.count({ where: { email } });
    await settledOrAfter(reading, 500);
    tx.release();

    expect(await reading).toBe(0);
    expect(await tx.done).toBe("late validation error");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("keeps every acknowledged write when many transactions roll back around plain writes", async () => {
    // Twenty requests at once, each opening a transaction that fails while another request writes.
    const rounds = Array.from({ length: 20 }, async (_, i) => {
      const tx = await transactionThatRollsBack(`doomed-${i}-${tag()}@example.test`);
      const write = db.user.create({
        data: { email: `load-${i}-${tag()}@example.test`, name: "Load", passwordHash: "x" },
        select: { id: true },
      });
      await settledOrAfter(write, 20);
      tx.release();
      expect(await tx.done).toBe("late validation error");
      return write;
    });
    const users = await Promise.all(rounds);
    expect(await db.user.count({ where: { id: { in: users.map((u) => u.id) } } })).toBe(20);
    expect(await db.user.count({ where: { name: "Uncommitted" } })).toBe(0);
  });

  it("refuses at once a query sent through `db` from inside a transaction callback", async () => {
    const email = `inside-${tag()}@example.test`;
    const started = Date.now();
    const outcome = await db
      .$transaction(async (tx) => {
        await tx.user.create({ data: { email, name: "Inside", passwordHash: "x" } });
        // A bug on one connection: it would wait for this very transaction, then commit on its own.
        await db.user.create({ data: { email: `stray-${email}`, name: "Stray", passwordHash: "x" } });
      })
      .then(
        () => "committed",
        (error: Error) => error.message,
      );
    expect(outcome).toMatch(/use the transaction's `tx` client/);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await db.user.count({ where: { email: { in: [email, `stray-${email}`] } } })).toBe(0);
  });

  it.skipIf(!onSqlite)("replaces the connection when BEGIN fails on it, and keeps working", async () => {
    // A connection left inside a transaction makes the next BEGIN fail; the adapter then keeps its
    // own lock for good, so the guard must move on to a fresh connection.
    await db.$executeRawUnsafe("BEGIN");
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const first = await db
        .$transaction((tx) => tx.user.count())
        .then(
          () => "ran",
          (error: Error) => error.message,
        );
      expect(first).toMatch(/within a transaction/);
    } finally {
      errors.mockRestore();
    }
    const inTx = await db.$transaction((tx) =>
      tx.user.create({ data: { email: `fresh-${tag()}@example.test`, name: "Fresh", passwordHash: "x" }, select: { id: true } }),
    );
    const plain = await db.user.create({
      data: { email: `fresh-plain-${tag()}@example.test`, name: "Fresh", passwordHash: "x" },
      select: { id: true },
    });
    expect(connection.oldestTransactionMs()).toBe(0);
    const raw = new Database(process.env.DATABASE_URL!.slice("file:".length), { readonly: true });
    try {
      expect((raw.prepare("SELECT COUNT(*) AS n FROM User WHERE id IN (?, ?)").get(inTx.id, plain.id) as { n: number }).n).toBe(2);
    } finally {
      raw.close();
    }
    // The fresh connection got the same setup as the first one.
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    expect(Number(sync?.synchronous)).toBe(2);
  });

  it.skipIf(!onSqlite)("recovers the connection when a COMMIT fails (prisma/orm#29933)", async () => {
    // A deferred foreign-key violation makes COMMIT itself fail, the way SQLITE_BUSY at COMMIT does.
    const failed = await db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
        await tx.membership.create({ data: { userId: "no-such-user", coupleId: "no-such-couple" } });
      })
      .then(
        () => "committed",
        () => "refused",
      );
    expect(failed).toBe("refused");

    // The connection is usable again: a plain write and a later transaction both commit for good.
    const plain = await db.user.create({
      data: { email: `after-${tag()}@example.test`, name: "After", passwordHash: "x" },
      select: { id: true },
    });
    const inTx = await db.$transaction((tx) =>
      tx.user.create({ data: { email: `tx-after-${tag()}@example.test`, name: "After", passwordHash: "x" }, select: { id: true } }),
    );
    expect(connection.oldestTransactionMs()).toBe(0);
    const raw = new Database(process.env.DATABASE_URL!.slice("file:".length), { readonly: true });
    try {
      const found = raw.prepare("SELECT COUNT(*) AS n FROM User WHERE id IN (?, ?)").get(plain.id, inTx.id) as { n: number };
      expect(found.n).toBe(2);
      expect((raw.prepare("SELECT COUNT(*) AS n FROM Membership WHERE userId = 'no-such-user'").get() as { n: number }).n).toBe(0);
    } finally {
      raw.close();
    }
  });
});

describe("a stuck connection", () => {
  it("makes /api/health answer 'database busy' and logs it, then recovers", async () => {
    const tx = await transactionThatRollsBack(`stuck-${tag()}@example.test`);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(connection.oldestTransactionMs()).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(await checkHealth({ busyAfterMs: 100 })).toEqual({ status: "error", db: "error", reason: "database busy" });
      expect(errors).toHaveBeenCalledWith(expect.stringMatching(/inside one transaction for \d+ ms/));
    } finally {
      tx.release();
      errors.mockRestore();
    }
    await tx.done;
    expect(await checkHealth({ busyAfterMs: 100 })).toEqual({ status: "ok", db: "ok" });
  });
});
