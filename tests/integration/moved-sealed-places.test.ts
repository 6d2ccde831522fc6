import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import pg from "pg";
import { keyring, newKey, open, seal, sealedPlace } from "@/lib/crypto/seal.mjs";
import { moveSealedPlaces, openDatabase, prepareSealing } from "@/lib/cli/sealing.mjs";
import { MOVED_SEALED_PLACES } from "@/prisma/data-migrations/moved-sealed-places.mjs";
import { PG_ADMIN_URL, ROOT, TMP_DIR, pgDatabaseUrl, pgTestPrefix } from "../setup/paths";

// A migration that renames a table keeps its rows, and `npm start` re-seals the words bound to the
// old name under the new one (prisma/data-migrations/moved-sealed-places.mjs). Here the talks'
// rename (issue 25): a database from before it, with sealed words in each renamed table, is
// migrated with the committed SQL of this database's provider, then started.
const onPostgres = Boolean(PG_ADMIN_URL);
const RENAME = "20261207100000_one_noun_talks";
const migrationsDir = path.join(ROOT, "prisma", ...(onPostgres ? ["postgres", "migrations"] : ["migrations"]));
const migrations = fs
  .readdirSync(migrationsDir)
  .filter((name) => fs.existsSync(path.join(migrationsDir, name, "migration.sql")))
  .sort();
const sqlOf = (name: string) => fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");

type Raw = {
  exec(sql: string): Promise<void>;
  run(sql: string, params: unknown[]): Promise<void>;
  all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
};
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function emptyDatabase(): Promise<{ url: string; raw: Raw }> {
  const name = `moved_${crypto.randomBytes(4).toString("hex")}`;
  if (!onPostgres) {
    const dir = path.join(TMP_DIR, name);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "mend.db");
    const db = new Database(file);
    cleanups.push(async () => void (db.open && db.close()));
    return {
      url: `file:${file}`,
      raw: {
        exec: async (sql) => void db.exec(sql),
        run: async (sql, params) => void db.prepare(sql).run(...params),
        all: async (sql, params = []) => db.prepare(sql).all(...params) as Record<string, unknown>[],
        close: async () => void db.close(),
      },
    };
  }
  const database = `${pgTestPrefix}${name}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL! });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = pgDatabaseUrl(database);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let open = true;
  cleanups.push(async () => {
    if (open) await client.end();
  });
  return {
    url,
    raw: {
      exec: async (sql) => void (await client.query(sql)),
      run: async (sql, params) => void (await client.query(numbered(sql), params)),
      all: async (sql, params = []) => (await client.query(numbered(sql), params)).rows,
      close: async () => {
        open = false;
        await client.end();
      },
    },
  };
}

describe(`a renamed table's sealed words (${onPostgres ? "PostgreSQL" : "SQLite"})`, () => {
  it("keep every row through the rename, open under the new name after start, and are moved once", async () => {
    const { url, raw } = await emptyDatabase();
    for (const name of migrations.filter((m) => m < RENAME)) await raw.exec(sqlOf(name));

    const key = newKey();
    const ring = keyring(key);
    const at = new Date("2026-12-01T10:00:00.000Z").toISOString();
    const ids = { couple: "c1", user: "u1", talk: "t1", other: "t2", note: "n1", followUp: "f1" };
    const old = (model: string, column: string, id: string, text: string) => seal(ring, text, sealedPlace(model, column, id));
    const insert = (sql: string, params: unknown[]) => raw.run(sql, params);
    await insert('INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES (?, ?, ?, ?, ?)', [
      ids.user,
      "a@example.test",
      "Alex",
      "x",
      at,
    ]);
    await insert('INSERT INTO "Couple" ("id", "name", "updatedAt") VALUES (?, ?, ?)', [ids.couple, "A & S", at]);
    const talk = (id: string, topic: string) =>
      insert(
        'INSERT INTO "Conversation" ("id", "coupleId", "proposedBy", "topic", "startsAt", "minutes", "timeZone", "status", "updatedAt") VALUES (?, ?, ?, ?, ?, 30, ?, ?, ?)',
        [id, ids.couple, ids.user, topic, at, "UTC", "done", at],
      );
    await talk(ids.talk, old("Conversation", "topic", ids.talk, "What the evening at the lake meant"));
    // Altered outside Mend (sealed for another place): stays as it is, shown as text Mend can't open.
    const altered = seal(ring, "moved in from elsewhere", sealedPlace("Entry", "body", ids.other));
    await talk(ids.other, altered);
    // Written before sealing existed (plain), in a database that upgrades across both migrations.
    const plainMarker = `PLAIN-${crypto.randomBytes(6).toString("hex")}`;
    await talk("t3", `${plainMarker} what we said in March`);
    // Enough of them to fill pages the migration's own new tables and indexes won't all reuse.
    for (let i = 0; i < 60; i++) await talk(`t-many-${i}`, `${plainMarker} ${"what we said in March. ".repeat(60)}`);
    await insert(
      'INSERT INTO "ConversationNote" ("id", "coupleId", "conversationId", "authorId", "text", "visibility", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)',
      [ids.note, ids.couple, ids.talk, ids.user, old("ConversationNote", "text", ids.note, "I felt heard for once"), "private", at],
    );
    await insert('INSERT INTO "ConversationFollowUp" ("id", "coupleId", "conversationId", "authorId", "text") VALUES (?, ?, ?, ?, ?)', [
      ids.followUp,
      ids.couple,
      ids.talk,
      ids.user,
      old("ConversationFollowUp", "text", ids.followUp, "Walk on Sundays"),
    ]);
    await insert(
      'INSERT INTO "ShareLink" ("id", "coupleId", "createdById", "therapistName", "tokenHash", "scope", "expiresAt") VALUES (?, ?, ?, ?, ?, ?, ?)',
      ["s1", ids.couple, ids.user, "Dr Lee", "hash", JSON.stringify(["progress", "checkins", "conversations"]), at],
    );
    await insert('INSERT INTO "AuditEvent" ("id", "coupleId", "actorId", "action") VALUES (?, ?, ?, ?)', [
      "e1",
      ids.couple,
      ids.user,
      "checkin.saved",
    ]);

    for (const name of migrations.filter((m) => m >= RENAME)) await raw.exec(sqlOf(name));

    // Every row is there under the new names, still sealed to the old one.
    const [row] = await raw.all('SELECT "topic" FROM "Talk" WHERE "id" = ?', [ids.talk]);
    expect(() => open(ring, String(row!.topic), sealedPlace("Talk", "topic", ids.talk))).toThrow();
    expect((await raw.all('SELECT "talkId" FROM "TalkNote"')).map((r) => r.talkId)).toEqual([ids.talk]);
    expect((await raw.all('SELECT "talkId" FROM "TalkFollowUp"')).map((r) => r.talkId)).toEqual([ids.talk]);
    expect(JSON.parse(String((await raw.all('SELECT "scope" FROM "ShareLink"'))[0]!.scope))).toEqual(["progress", "check-ins", "talks"]);
    expect((await raw.all('SELECT "action" FROM "AuditEvent"'))[0]!.action).toBe("check-in.saved");

    const environment = { ...process.env, MEND_DATA_KEY: key.toString("base64"), MEND_DATA_KEY_PREVIOUS: undefined };
    const lines: string[] = [];
    expect(await prepareSealing(url, { environment, log: (line) => lines.push(line) })).toBeNull();

    const opened = async (model: string, column: string, id: string) => {
      const [stored] = await raw.all(`SELECT "${column}" AS "value" FROM "${model}" WHERE "id" = ?`, [id]);
      return open(ring, String(stored!.value), sealedPlace(model, column, id));
    };
    expect(await opened("Talk", "topic", ids.talk)).toBe("What the evening at the lake meant");
    expect(await opened("TalkNote", "text", ids.note)).toBe("I felt heard for once");
    expect(await opened("TalkFollowUp", "text", ids.followUp)).toBe("Walk on Sundays");
    expect((await raw.all('SELECT "topic" FROM "Talk" WHERE "id" = ?', [ids.other]))[0]!.topic).toBe(altered);
    expect(lines.join("\n")).toContain("re-sealed 1 Talk.topic (the table was named Conversation)");
    expect(await opened("Talk", "topic", "t3")).toBe(`${plainMarker} what we said in March`);
    if (!onPostgres) {
      // Sealed now, and no copy of the plain words is left in the file: not in the dropped tables' pages either.
      const file = url.slice("file:".length);
      const bytes = [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f));
      expect(bytes.some((b) => b.includes(plainMarker))).toBe(false);
    }

    // Done once: the moves are noted, and a second start re-seals nothing.
    const noted = (await raw.all(`SELECT "id" FROM "SealCanary" WHERE "id" LIKE 'moved:%' ORDER BY "id"`)).map((r) => r.id);
    expect(noted).toEqual(MOVED_SEALED_PLACES.map((m) => `moved:${m.from}>${m.to}`).sort());
    const before = (await raw.all('SELECT "topic" FROM "Talk" WHERE "id" = ?', [ids.talk]))[0]!.topic;
    const again: string[] = [];
    expect(await prepareSealing(url, { environment, log: (line) => again.push(line) })).toBeNull();
    expect(again.filter((line) => line.includes("re-sealed"))).toEqual([]);
    expect((await raw.all('SELECT "topic" FROM "Talk" WHERE "id" = ?', [ids.talk]))[0]!.topic).toBe(before);
    await raw.close();
  });

  it("follows a table renamed twice: a value bound to its first name is re-sealed under its newest", async () => {
    const { url, raw } = await emptyDatabase();
    for (const name of migrations) await raw.exec(sqlOf(name));
    const ring = keyring(newKey());
    await raw.run('INSERT INTO "Couple" ("id", "name", "updatedAt") VALUES (?, ?, ?)', ["c1", "A & S", new Date().toISOString()]);
    await raw.run(
      'INSERT INTO "Talk" ("id", "coupleId", "proposedBy", "topic", "startsAt", "minutes", "timeZone", "status", "updatedAt") VALUES (?, ?, ?, ?, ?, 30, ?, ?, ?)',
      [
        "t1",
        "c1",
        "u1",
        seal(ring, "From two names ago", sealedPlace("First", "topic", "t1")),
        new Date().toISOString(),
        "UTC",
        "done",
        new Date().toISOString(),
      ],
    );
    // First → Second, then Second → Talk: "Second" no longer exists, so only the newer entry runs.
    const moves = [
      { migration: "1", from: "First", to: "Second", columns: ["topic"] },
      { migration: "2", from: "Second", to: "Talk", columns: ["topic"] },
    ];
    const db = await openDatabase(url);
    try {
      expect(await moveSealedPlaces(db, ring, { moves })).toBe(1);
    } finally {
      await db.close();
    }
    const [row] = await raw.all('SELECT "topic" FROM "Talk" WHERE "id" = ?', ["t1"]);
    expect(open(ring, String(row!.topic), sealedPlace("Talk", "topic", "t1"))).toBe("From two names ago");
    const noted = (await raw.all(`SELECT "id" FROM "SealCanary" WHERE "id" LIKE 'moved:%'`)).map((r) => r.id);
    expect(noted).toEqual(["moved:Second>Talk"]);
    await raw.close();
  });
});
