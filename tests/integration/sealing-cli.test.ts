import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { SEALED_FIELDS } from "@/lib/crypto/sealed-fields.mjs";
import { SEALED_PREFIX, keyId, newKey, open, sealedKeyId, sealedPlace, type Keyring } from "@/lib/crypto/seal.mjs";
import { loadDataKeys } from "@/lib/local-state.mjs";
import { migrateIfPending, pendingMigrations } from "@/lib/cli/setup.mjs";
import { dataKeys } from "@/lib/server/crypto/keys";
import { dataModelOf, sealedExtension } from "@/lib/server/crypto/sealed-client";
import { BASE_DB, PG_ADMIN_URL, ROOT, TMP_DIR, pgDatabaseUrl, pgTestPrefix } from "../setup/paths";

// Issue 24 from the operator's side: `npm start` refuses a wrong or missing key and changes nothing;
// `npm run mend -- seal-existing` seals what was written before; `rotate-key` survives kill -9 at any
// point with every value opening, and retires the old key only at the end. Each test has its own
// database and key folder (the run's shared key folder is never rotated).
const onPostgres = Boolean(PG_ADMIN_URL);
const clients: { $disconnect(): Promise<void> }[] = [];
afterAll(async () => {
  for (const client of clients) await client.$disconnect();
});

type Env = Record<string, string | undefined>;
type Place = { dir: string; url: string; env: Env };

/** A new, migrated database and a data folder of its own. */
async function newPlace(): Promise<Place> {
  const name = `sealing_${crypto.randomBytes(4).toString("hex")}`;
  const dir = path.join(TMP_DIR, name);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const env: Env = { ...process.env, MEND_DATA_DIR: dir };
  delete env.MEND_DATA_KEY;
  delete env.MEND_DATA_KEY_PREVIOUS;
  if (!onPostgres) {
    const file = path.join(dir, "mend.db");
    fs.copyFileSync(BASE_DB, file);
    delete env.DATABASE_URL;
    return { dir, url: `file:${file}`, env };
  }
  const database = `${pgTestPrefix}${name}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL! });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${pgTestPrefix}base"`);
  await admin.end();
  const url = pgDatabaseUrl(database);
  return { dir, url, env: { ...env, DATABASE_URL: url, MEND_DATA_KEY: newKey().toString("base64") } };
}

/** A client with no sealing: it writes what the app wrote before sealing existed, and reads what is stored. */
function rawClient(url: string): PrismaClient {
  const client = onPostgres
    ? (new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient)
    : new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  clients.push(client);
  return client;
}

/** Plain rows holding `marker` in every sealed column, as a database from before sealing holds them. */
async function writePlain(client: PrismaClient, marker: string) {
  const user = (name: string) =>
    client.user.create({ data: { email: `${name}-${crypto.randomBytes(3).toString("hex")}@example.test`, name, passwordHash: "x" } });
  const [a, b] = [await user("Alex"), await user("Sam")];
  const { id: coupleId } = await client.couple.create({ data: { name: "A & S" } });
  const words = (column: string) => `${marker} ${column}`;
  const entry = await client.entry.create({
    data: { coupleId, authorId: a.id, stageSlug: "acknowledgment", kind: "reflection", visibility: "partner", body: words("body") },
  });
  await client.entryResponse.create({
    data: { coupleId, entryId: entry.id, authorId: b.id, verdict: "heard", questions: words("questions") },
  });
  await client.checkIn.create({
    data: { coupleId, authorId: a.id, localDate: "2026-12-01", timeZone: "UTC", trust: 5, closeness: 5, mood: "calm", note: words("note") },
  });
  const agreement = await client.agreement.create({ data: { coupleId, status: "proposed" } });
  await client.agreementVersion.create({
    data: {
      coupleId,
      agreementId: agreement.id,
      number: 1,
      kind: "proposal",
      title: words("title"),
      text: words("text"),
      category: "other",
      scope: words("scope"),
      proposedBy: a.id,
    },
  });
  await client.agreementDecision.create({
    data: { coupleId, agreementId: agreement.id, versionNumber: 1, action: "declined", reason: words("reason"), actorId: b.id },
  });
  const commitment = await client.commitment.create({
    data: { coupleId, ownerId: a.id, what: words("what"), cadence: "daily", timeZone: "UTC" },
  });
  const log = await client.commitmentLog.create({
    data: { coupleId, commitmentId: commitment.id, authorId: a.id, localDate: "2026-12-01", outcome: "kept", note: words("note") },
  });
  await client.commitmentReview.create({ data: { coupleId, logId: log.id, reviewerId: b.id, verdict: "disputed", note: words("note") } });
  await client.safetyCheck.create({ data: { coupleId, userId: a.id, answers: words("answers"), flagged: false } });
  await client.question.create({
    data: {
      coupleId,
      askerId: b.id,
      text: words("text"),
      answers: { create: { coupleId, authorId: a.id, number: 1, text: words("text") } },
    },
  });
  const trigger = await client.triggerEvent.create({
    data: { coupleId, authorId: b.id, what: words("what"), intensity: 3, note: words("note"), localDate: "2026-12-01", timeZone: "UTC" },
  });
  await client.triggerReply.create({ data: { coupleId, triggerId: trigger.id, authorId: a.id, text: words("text") } });
  await client.triggerPlan.create({ data: { coupleId, authorId: b.id, helpsMe: words("helpsMe"), iWill: words("iWill") } });
  const talk = await client.talk.create({
    data: { coupleId, proposedBy: a.id, topic: words("topic"), startsAt: new Date(), minutes: 30, timeZone: "UTC", status: "done" },
  });
  await client.talkNote.create({ data: { coupleId, talkId: talk.id, authorId: a.id, text: words("text") } });
  await client.talkFollowUp.create({ data: { coupleId, talkId: talk.id, authorId: b.id, text: words("text") } });
  await client.intakeAnswer.create({
    data: { coupleId, authorId: a.id, question: "what-happened", value: words("value"), visibility: "therapist" },
  });
}

/** Every sealed column's stored value, with where it lives. */
async function stored(client: PrismaClient) {
  const values: { place: string; value: string }[] = [];
  for (const [model, columns] of Object.entries(SEALED_FIELDS)) {
    const rows = await (client as unknown as Record<string, { findMany(): Promise<Record<string, string>[]> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ]!.findMany();
    for (const row of rows) for (const column of columns) values.push({ place: sealedPlace(model, column, row.id!), value: row[column]! });
  }
  return values;
}

function cli(place: Place, args: string[], extra: Env = {}) {
  return spawnSync(process.execPath, ["lib/cli/mend.mjs", ...args], {
    cwd: ROOT,
    env: { ...place.env, ...extra } as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 60_000,
  });
}

/** The keys the place's Mend would open with now: its key folder, or its environment. */
function keysOf(place: Place, env: Env = place.env): Keyring {
  return loadDataKeys({
    provider: onPostgres ? "postgresql" : "sqlite",
    dataKey: env.MEND_DATA_KEY,
    previousKeys: env.MEND_DATA_KEY_PREVIOUS ? env.MEND_DATA_KEY_PREVIOUS.split(",") : [],
    dir: place.dir,
  });
}

function folderBytes(dir: string) {
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith("mend.db"))
    .map((name) => fs.readFileSync(path.join(dir, name)));
}

const checksum = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [
        path.join(entry.parentPath, entry.name),
        crypto
          .createHash("sha256")
          .update(fs.readFileSync(path.join(entry.parentPath, entry.name)))
          .digest("hex"),
      ]),
  );

describe("seal-existing", () => {
  it("seals every plain value, history rows too, and a second run finds nothing left", async () => {
    const place = await newPlace();
    const client = rawClient(place.url);
    const marker = `plain-${crypto.randomBytes(5).toString("hex")}`;
    await writePlain(client, marker);
    const first = cli(place, ["seal-existing"]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/seal-existing: done, 2\d values sealed/);
    const ring = keysOf(place);
    for (const { place: where, value } of await stored(client)) {
      expect(value.startsWith(SEALED_PREFIX), where).toBe(true);
      expect(open(ring, value, where)).toContain(marker);
    }
    const again = cli(place, ["seal-existing"]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/done, 0 values sealed/);
    if (!onPostgres) {
      await client.$disconnect();
      expect(folderBytes(place.dir).some((bytes) => bytes.includes(Buffer.from(marker)))).toBe(false);
    }
    // The history tables still refuse an ordinary update.
    await expect(rawClient(place.url).agreementVersion.updateMany({ data: { text: "rewritten" } })).rejects.toThrow();
  });
});

describe("rotate-key", () => {
  it("survives kill -9 at any point: every value opens at every moment, and the old key is retired only at the end", async () => {
    const place = await newPlace();
    const client = rawClient(place.url);
    const marker = `rotate-${crypto.randomBytes(5).toString("hex")}`;
    await writePlain(client, marker);
    expect(cli(place, ["seal-existing"]).status).toBe(0);
    const oldId = keysOf(place).currentId;
    // PostgreSQL: each round the operator's next key in MEND_DATA_KEY, the earlier ones beside it
    // (a round cut short leaves values under any of them). The key folder rotates by itself.
    const envKeys = [place.env.MEND_DATA_KEY!];
    let rotationEnv: Env = {};
    const nextRound = () => {
      if (!onPostgres) return;
      envKeys.push(newKey().toString("base64"));
      rotationEnv = { MEND_DATA_KEY: envKeys.at(-1), MEND_DATA_KEY_PREVIOUS: envKeys.slice(0, -1).join(",") };
    };
    nextRound();
    const everyValueOpens = async () => {
      const ring = keysOf(place, { ...place.env, ...rotationEnv });
      expect(ring.keys.has(oldId) || (await stored(client)).every(({ value }) => sealedKeyId(value) !== oldId)).toBe(true);
      for (const { place: where, value } of await stored(client)) expect(open(ring, value, where)).toContain(marker);
    };

    // Each round is killed a random 0–60 ms after it says it started re-sealing (one row per
    // transaction), or finishes first; a run that fails on its own fails the test.
    const kills: string[] = [];
    for (let round = 0; round < 5; round++) {
      if (round > 0) nextRound();
      const child = spawn(process.execPath, ["lib/cli/mend.mjs", "rotate-key"], {
        cwd: ROOT,
        env: { ...place.env, ...rotationEnv, MEND_SEAL_BATCH: "1" } as unknown as NodeJS.ProcessEnv,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      let timer: NodeJS.Timeout | undefined;
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        if (!timer && /rotate-key: (new key|finishing|re-sealing)/.test(output))
          timer = setTimeout(() => child.kill("SIGKILL"), Math.random() * 60);
      };
      child.stdout.on("data", collect);
      child.stderr.on("data", collect);
      const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on("exit", (c, s) => resolve([c, s])));
      clearTimeout(timer);
      if (signal !== "SIGKILL") expect(code, output).toBe(0);
      kills.push(signal === "SIGKILL" ? `killed after: ${output.trim().split("\n").length} lines` : "finished");
      await everyValueOpens();
    }
    const last = cli(place, ["rotate-key"], { ...rotationEnv });
    expect(last.status, last.stderr).toBe(0);
    const ring = keysOf(place, { ...place.env, ...rotationEnv });
    expect(ring.currentId).not.toBe(oldId);
    for (const { place: where, value } of await stored(client)) {
      expect(sealedKeyId(value), where).toBe(ring.currentId);
      expect(open(ring, value, where)).toContain(marker);
    }
    if (!onPostgres) {
      // Retired: only the current key is left in the folder.
      expect(fs.readdirSync(path.join(place.dir, "keys")).sort()).toEqual(["data.key", "retired"]);
      // Kept aside for the backups made before the rotation, never loaded again.
      expect(fs.readdirSync(path.join(place.dir, "keys", "retired"))).toEqual([`${oldId}.key`]);
      expect(ring.keys.size).toBe(1);
    } else {
      expect(last.stdout).toMatch(/MEND_DATA_KEY_PREVIOUS can be removed/);
      expect(keyId(Buffer.from(rotationEnv.MEND_DATA_KEY!, "base64"))).toBe(ring.currentId);
    }
    // At least one round was cut short by kill -9 (the others may have finished first).
    expect(
      kills.some((k) => k.startsWith("killed")),
      `rounds: ${kills.join("; ")}`,
    ).toBe(true);
  }, 120_000);
});

describe.skipIf(onPostgres)("two rotations at once", () => {
  it("the second refuses while the first runs, and the first finishes with every value opening", async () => {
    const place = await newPlace();
    const client = rawClient(place.url);
    const marker = `twice-${crypto.randomBytes(5).toString("hex")}`;
    await writePlain(client, marker);
    expect(cli(place, ["seal-existing"]).status).toBe(0);
    const first = spawn(process.execPath, ["lib/cli/mend.mjs", "rotate-key"], {
      cwd: ROOT,
      env: place.env as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const started = new Promise<void>((resolve) =>
      first.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (/rotate-key: new key/.test(output)) resolve();
      }),
    );
    const finished = new Promise<number | null>((resolve) => first.on("exit", (code) => resolve(code)));
    await started;
    const second = cli(place, ["rotate-key"]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/another rotate-key \(process \d+\) is running/);
    expect(await finished).toBe(0);
    const ring = keysOf(place);
    expect(ring.keys.size).toBe(1);
    for (const { place: where, value } of await stored(client)) {
      expect(sealedKeyId(value), where).toBe(ring.currentId);
      expect(open(ring, value, where)).toContain(marker);
    }
  }, 120_000);
});

describe.skipIf(onPostgres)("the app during a rotation", () => {
  it("keeps reading and writing while rotate-key runs beside it, and every word opens afterwards", async () => {
    const place = await newPlace();
    const plain = rawClient(place.url);
    const marker = `serving-${crypto.randomBytes(5).toString("hex")}`;
    await writePlain(plain, marker);
    expect(cli(place, ["seal-existing"]).status).toBe(0);
    const oldId = keysOf(place).currentId;
    // The app's own sealing client, on this place's database and key folder.
    const app = rawClient(place.url);
    const sealed = app.$extends(
      sealedExtension(dataModelOf(app), dataKeys({ provider: "sqlite", previousDataKeys: [], dir: place.dir })),
    ) as unknown as PrismaClient;
    const { id: coupleId, authorId } = await sealed.checkIn.findFirstOrThrow({ select: { id: true, authorId: true } }).then(async (c) => ({
      id: (await sealed.checkIn.findUniqueOrThrow({ where: { id: c.id }, select: { coupleId: true } })).coupleId,
      authorId: c.authorId,
    }));
    const rotation = spawn(process.execPath, ["lib/cli/mend.mjs", "rotate-key"], {
      cwd: ROOT,
      env: { ...place.env, MEND_SEAL_BATCH: "1" } as unknown as NodeJS.ProcessEnv,
      stdio: "ignore",
    });
    const finished = new Promise<number | null>((resolve) => rotation.on("exit", (code) => resolve(code)));
    let done = false;
    void finished.then(() => (done = true));
    let rounds = 0;
    const started = Date.now();
    while ((!done || rounds < 5) && Date.now() - started < 30_000) {
      // Reads open whatever key a value is under now; writes seal with whatever key is current.
      for (const note of (await sealed.checkIn.findMany({ where: { coupleId }, select: { note: true } })).map((c) => c.note))
        expect(note).toContain(marker);
      await sealed.triggerEvent.create({
        data: { coupleId, authorId, what: `${marker} during ${rounds}`, intensity: 2, localDate: "2026-12-02", timeZone: "UTC" },
      });
      rounds++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await finished;
    // Writes sealed with the old key after the pass went by are moved by a second run; the old key goes only then.
    for (let run = 0; run < 3 && keysOf(place).keys.has(oldId); run++) cli(place, ["rotate-key"]);
    const ring = keysOf(place);
    expect(ring.keys.has(oldId)).toBe(false);
    expect(fs.readdirSync(path.join(place.dir, "keys")).sort()).toEqual(["data.key", "retired"]);
    const written = await sealed.triggerEvent.findMany({ where: { coupleId }, select: { what: true } });
    expect(written.length).toBe(rounds + 1);
    for (const { what } of written) expect(what).toContain(marker);
    for (const { place: where, value } of await stored(plain)) if (value !== "") expect(sealedKeyId(value), where).toBe(ring.currentId);
  }, 120_000);
});

describe("npm start and the data key", () => {
  const start = (place: Place, extra: Env) => {
    const env = { ...place.env, ...extra };
    for (const [name, value] of Object.entries(extra)) if (value === undefined) delete env[name];
    return spawnSync(process.execPath, ["lib/cli/start.mjs"], {
      cwd: ROOT,
      env: env as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 60_000,
    });
  };

  it.skipIf(onPostgres)("refuses a wrong key, or a missing key file, naming the problem, and changes nothing", async () => {
    const place = await newPlace();
    const marker = `start-${crypto.randomBytes(5).toString("hex")}`;
    const client = rawClient(place.url);
    await writePlain(client, marker);
    await client.$disconnect();
    expect(cli(place, ["seal-existing"]).status).toBe(0);
    const sealedWith = keysOf(place).currentId;
    const before = checksum(place.dir);

    const wrong = start(place, { MEND_DATA_KEY: newKey().toString("base64") });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`Mend did not start. Mend's data was sealed with key ${sealedWith}`);
    expect(wrong.stderr).toMatch(/Nothing was changed/);
    expect(checksum(place.dir)).toEqual(before);

    fs.renameSync(path.join(place.dir, "keys", "data.key"), path.join(TMP_DIR, `kept-${path.basename(place.dir)}.key`));
    const withoutKeys = checksum(place.dir);
    const missing = start(place, {});
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/its key file .*data\.key is missing/);
    expect(fs.existsSync(path.join(place.dir, "keys", "data.key"))).toBe(false);
    expect(checksum(place.dir)).toEqual(withoutKeys);

    // A first start cut short before its canary: the values' own key ids still refuse a new key.
    const raw = rawClient(place.url);
    await raw.sealCanary.deleteMany();
    await raw.$disconnect();
    const withoutCanary = checksum(place.dir);
    const unchecked = start(place, { MEND_DATA_KEY: newKey().toString("base64") });
    expect(unchecked.status).toBe(1);
    expect(unchecked.stderr).toContain(`Mend did not start. Mend's data was sealed with key ${sealedWith}`);
    expect(checksum(place.dir)).toEqual(withoutCanary);
  });

  it.skipIf(onPostgres)(
    "leaves a current database alone while another program has it open, and says so when a migration can't run",
    async () => {
      const place = await newPlace();
      // What a running Mend holds: a connection in WAL mode (lib/server/sqlite.ts) that has read the file.
      const other = new Database(place.url.replace(/^file:/, ""));
      try {
        other.pragma("journal_mode = WAL");
        other.prepare("SELECT COUNT(*) FROM User").get();
        // Current: nothing for `prisma migrate deploy` to do, so it isn't run (it would fail on the open file).
        expect(await pendingMigrations(place.url)).toEqual([]);
        await migrateIfPending(place.url);

        // One migration pending (its record removed): it must run, can't, and start names the likely holders.
        const newest = other
          .prepare('SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1')
          .get() as {
          name: string;
        };
        other.prepare('DELETE FROM "_prisma_migrations" WHERE migration_name = ?').run(newest.name);
        expect(await pendingMigrations(place.url)).toEqual([newest.name]);
        const run = start(place, {});
        expect(run.stderr).toMatch(/Mend cannot start: the database is in use by another program/);
        expect(run.status).toBe(1);
      } finally {
        other.close();
      }
    },
  );

  it.runIf(onPostgres)("on PostgreSQL, refuses to start without MEND_DATA_KEY", async () => {
    const place = await newPlace();
    const run = start(place, { MEND_DATA_KEY: undefined });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Mend did not start\. MEND_DATA_KEY is not set\. With PostgreSQL/);
  });
});
