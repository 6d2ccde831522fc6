import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { backup, restore } from "@/lib/cli/backup.mjs";
import { PG_ADMIN_URL, TMP_DIR, pgDatabaseUrl, pgTestPrefix } from "../setup/paths";
import { db, makeCouple } from "./factories";
import { SEALED_PREFIX } from "@/lib/crypto/seal.mjs";
import { openRawRow } from "./sealed-values";
import { createEntry } from "@/lib/server/entries/write";

// `npm run backup` and its restore, on the database this run uses (SQLite, or PostgreSQL under
// `npm run test:postgres`): what a couple wrote comes back whole in a new database.
const onPostgres = Boolean(PG_ADMIN_URL);
const opened: { $disconnect(): Promise<void> }[] = [];
afterAll(async () => {
  for (const client of opened) await client.$disconnect();
});

async function newTarget() {
  const name = `${pgTestPrefix}restore_${crypto.randomBytes(4).toString("hex")}`;
  if (!onPostgres) return `file:${path.join(TMP_DIR, `${name}.db`)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL! });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return pgDatabaseUrl(name);
}

function clientFor(url: string): PrismaClient {
  const client = onPostgres
    ? (new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient)
    : new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  opened.push(client);
  return client;
}

describe("backup and restore", () => {
  it("restores every row into a new database, private to its owner, while the app keeps writing", async () => {
    const { a } = await makeCouple();
    const saved = await createEntry(a, {
      stageSlug: "acknowledgment",
      exerciseKey: "accountability-statement",
      kind: "accountability",
      visibility: "partner",
      body: { answers: ["Thank you for listening tonight"] },
    });
    expect(saved).toMatchObject({ ok: true });
    const file = path.join(TMP_DIR, `backup-${crypto.randomBytes(4).toString("hex")}.${onPostgres ? "dump" : "db"}`);
    // A write racing the backup must not corrupt it.
    await Promise.all([backup(process.env.DATABASE_URL!, file), db.user.update({ where: { id: a.userId }, data: { name: "Alex R." } })]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const target = await newTarget();
    await restore(file, target);
    const restored = clientFor(target);
    const tables = ["user", "couple", "membership", "entry", "auditEvent"] as const;
    for (const table of tables) {
      const count = (model: PrismaClient) => (model[table] as unknown as { count(): Promise<number> }).count();
      expect(await count(restored), table).toBe(await count(db as unknown as PrismaClient));
    }
    // The restored words are sealed as they were (decision 014), and open with the same key: a backup is
    // worth nothing without the key, kept apart from it.
    const entry = await restored.entry.findFirstOrThrow({ where: { coupleId: a.coupleId }, select: { id: true, body: true } });
    expect(entry.body.startsWith(SEALED_PREFIX)).toBe(true);
    expect(entry.body).not.toContain("Thank you for listening tonight");
    expect(openRawRow("Entry", entry).body).toContain("Thank you for listening tonight");
    await expect(restore(file, target)).rejects.toThrow(/exists|not empty/);
  }, 120_000);
});
