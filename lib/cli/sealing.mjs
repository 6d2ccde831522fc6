// Sealing at rest, for whoever runs Mend (decision 014): the start check, sealing what was written
// before sealing existed, and rotating the data key. Straight SQL on either database (the Prisma
// client's extension does the same for the app), one batch per transaction, each update conditional
// on the value it read: a batch that dies under kill -9 leaves every value as it was or re-sealed,
// and the app can keep writing meanwhile.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { MOVED_SEALED_PLACES } from "../../prisma/data-migrations/moved-sealed-places.mjs";
import { SEALED_FIELDS } from "../crypto/sealed-fields.mjs";
import { SEALED_PREFIX, isSealed, keyId, newKey, open, seal, sealedKeyId, sealedPlace } from "../crypto/seal.mjs";
import {
  CURRENT_KEY_FILE,
  databaseProvider,
  keysDir,
  loadDataKeys,
  replaceCurrentKey,
  retireKey,
  sqlitePath,
  writeRetiringKey,
} from "../local-state.mjs";

const CANARY_ID = "canary";
const CANARY_TEXT = "Mend opens what it sealed.";
const REWRITING_ID = "rewriting";
/** Rows re-sealed per transaction. */
export const SEAL_BATCH = 200;

/** The keys this Mend seals and opens with, from the same places the app reads them. */
export function dataKeysFor(url, environment = process.env) {
  return loadDataKeys({
    provider: databaseProvider(url) ?? "sqlite",
    dataKey: environment.MEND_DATA_KEY || undefined,
    previousKeys: environment.MEND_DATA_KEY_PREVIOUS ? environment.MEND_DATA_KEY_PREVIOUS.split(",") : [],
  });
}

/**
 * A few statements on either database: `?` placeholders, rows as plain objects. `serializable`:
 * PostgreSQL transactions at that isolation level rather than its default (read committed).
 * `pragmas`: further settings for a SQLite connection, run as it opens.
 */
export async function openDatabase(url, { readonly = false, serializable = false, pragmas = [] } = {}) {
  if (databaseProvider(url) === "postgresql") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const numbered = (sql) => {
      let n = 0;
      return sql.replace(/\?/g, () => `$${++n}`);
    };
    return {
      all: async (sql, params = []) => (await client.query(numbered(sql), params)).rows,
      run: async (sql, params = []) => (await client.query(numbered(sql), params)).rowCount,
      async transaction(work) {
        await client.query(serializable ? "BEGIN ISOLATION LEVEL SERIALIZABLE" : "BEGIN");
        try {
          const result = await work();
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw error;
        }
      },
      close: () => client.end(),
    };
  }
  const file = sqlitePath(url);
  if (!file) throw new Error("DATABASE_URL is neither a SQLite file URL nor a PostgreSQL URL.");
  const db = new Database(file, { fileMustExist: true, timeout: 10_000, readonly });
  // As the app runs it (lib/server/sqlite.ts): erased values leave no copy in free pages.
  if (!readonly) db.pragma("secure_delete = ON");
  for (const pragma of pragmas) db.pragma(pragma);
  return {
    all: async (sql, params = []) => db.prepare(sql).all(...params),
    run: async (sql, params = []) => db.prepare(sql).run(...params).changes,
    async transaction(work) {
      // IMMEDIATE: the write lock up front, so the app's writers wait (busy timeout) instead of failing.
      db.exec("BEGIN IMMEDIATE");
      try {
        const result = await work();
        db.exec("COMMIT");
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    },
    close: async () => db.close(),
  };
}

async function hasCanaryTable(db) {
  try {
    await db.all('SELECT "id" FROM "SealCanary" WHERE "id" = ?', [CANARY_ID]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens the canary with `ring`. "missing": no canary yet (a new database, or one from before
 * sealing); "ok"; or a message naming the problem when the key is wrong. Reads only.
 */
export async function checkCanary(db, ring) {
  if (!(await hasCanaryTable(db))) return { state: "missing" };
  const [row] = await db.all('SELECT "value" FROM "SealCanary" WHERE "id" = ?', [CANARY_ID]);
  let sealedWith;
  if (!row) {
    // No canary (a first start cut short, say): any value sealed with a key this Mend lacks still refuses.
    const foreign = (await keyIdsInUse(db)).filter((id) => !ring.keys.has(id));
    if (!foreign.length) return { state: "missing" };
    sealedWith = foreign.join(", ");
  } else {
    try {
      if (open(ring, row.value, sealedPlace("SealCanary", "value", CANARY_ID)) === CANARY_TEXT) return { state: "ok" };
    } catch {
      // reported below
    }
    sealedWith = sealedKeyId(row.value) ?? "unknown";
  }
  return {
    state: "wrong",
    message:
      `Mend's data was sealed with key ${sealedWith}, and this Mend was given ${[...ring.keys.keys()].join(", ")}: it can't open ` +
      `what people wrote. Nothing was changed. Give Mend the key it used before (MEND_DATA_KEY, or the file data.key in ` +
      `${keysDir()}, from where you keep it safe: docs/deploy.md), then start again.`,
  };
}

/**
 * The ids of the keys stored values are sealed with. The first 12 base64url characters after the
 * prefix are exactly the version byte and the key id, so the database lists them itself.
 */
export async function keyIdsInUse(db) {
  const ids = new Set();
  for (const [model, columns] of Object.entries(SEALED_FIELDS)) {
    for (const column of columns) {
      const rows = await db.all(
        `SELECT DISTINCT substr("${column}", ${SEALED_PREFIX.length + 1}, 12) AS "head" FROM "${model}" WHERE substr("${column}", 1, ${SEALED_PREFIX.length}) = ?`,
        [SEALED_PREFIX],
      );
      for (const { head } of rows) {
        const bytes = Buffer.from(String(head), "base64url");
        if (bytes.length === 9) ids.add(bytes.subarray(1).toString("hex"));
      }
    }
  }
  return [...ids];
}

/** Writes the canary, sealed with the current key, when there is none. */
export async function ensureCanary(db, ring) {
  const place = sealedPlace("SealCanary", "value", CANARY_ID);
  const [row] = await db.all('SELECT "value" FROM "SealCanary" WHERE "id" = ?', [CANARY_ID]);
  if (!row)
    // ON CONFLICT: two instances starting at once on one PostgreSQL database both get here.
    await db.run('INSERT INTO "SealCanary" ("id", "value", "createdAt") VALUES (?, ?, ?) ON CONFLICT ("id") DO NOTHING', [
      CANARY_ID,
      seal(ring, CANARY_TEXT, place),
      stamp(),
    ]);
}

/** A createdAt both databases take: ISO text as @prisma/adapter-better-sqlite3 writes it, a Date for pg. */
function stamp() {
  return new Date().toISOString().replace("Z", "+00:00");
}

/**
 * Re-seals, batch by batch, every value of `model.column` that `needsWork(stored)` picks, with the
 * current key. Each batch is one transaction holding the SealCanary "rewriting" row (the history
 * tables' triggers allow only such a rewrite), and each update is conditional on the value read,
 * so a value the app changed meanwhile is left to the app. Returns how many values were re-sealed.
 */
async function resealColumn(db, ring, model, column, { where, params, needsWork, batch, openedFrom = () => model }) {
  let done = 0;
  let after = "";
  for (;;) {
    const rows = await db.all(
      `SELECT "id", "${column}" AS "value" FROM "${model}" WHERE ${where} AND "id" > ? ORDER BY "id" LIMIT ${Number(batch)}`,
      [...params, after],
    );
    if (!rows.length) return done;
    after = rows[rows.length - 1].id;
    const work = rows.filter((row) => needsWork(row.value, row.id));
    if (!work.length) continue;
    done += await db.transaction(async () => {
      await db.run('INSERT INTO "SealCanary" ("id", "value", "createdAt") VALUES (?, ?, ?)', [REWRITING_ID, "", stamp()]);
      let changed = 0;
      for (const row of work) {
        const from = sealedPlace(openedFrom(row.value, row.id), column, row.id);
        const sealed = seal(ring, open(ring, row.value, from), sealedPlace(model, column, row.id));
        changed += await db.run(`UPDATE "${model}" SET "${column}" = ? WHERE "id" = ? AND "${column}" = ?`, [sealed, row.id, row.value]);
      }
      await db.run('DELETE FROM "SealCanary" WHERE "id" = ?', [REWRITING_ID]);
      return changed;
    });
  }
}

async function hasTable(db, name) {
  try {
    await db.all(`SELECT 1 FROM "${name}" WHERE 1 = 0`);
    return true;
  } catch {
    return false;
  }
}

/** Whether `stored` opens at `place` with `ring`. */
function opensAt(ring, stored, place) {
  try {
    open(ring, stored, place);
    return true;
  } catch {
    return false;
  }
}

/**
 * After a migration renamed a table (prisma/data-migrations/moved-sealed-places.mjs): re-seals every
 * value still bound to the old name under the new one, then writes a "moved:<from>><to>" row in
 * SealCanary so later starts skip it. Resumable: a value that opens under the new name is left as it
 * is, and one that opens under neither (altered) too: the app shows it as text it can't open.
 */
export async function moveSealedPlaces(db, ring, { batch = SEAL_BATCH, log = () => undefined, moves = MOVED_SEALED_PLACES } = {}) {
  let total = 0;
  // Every name a table had before `name`, newest first (a table renamed twice has two entries).
  const formerNames = (name) => moves.filter((m) => m.to === name).flatMap((m) => [m.from, ...formerNames(m.from)]);
  for (const { from, to, columns } of moves) {
    const done = `moved:${from}>${to}`;
    if ((await db.all('SELECT "id" FROM "SealCanary" WHERE "id" = ?', [done])).length) continue;
    // Renamed again by a later migration: that rename's entry moves these values, from any former name.
    if (!(await hasTable(db, to))) continue;
    const names = [from, ...formerNames(from)];
    for (const column of columns) {
      const boundTo = (value, id) => names.find((name) => opensAt(ring, value, sealedPlace(name, column, id)));
      const count = await resealColumn(db, ring, to, column, {
        where: `substr("${column}", 1, ${SEALED_PREFIX.length}) = ?`,
        params: [SEALED_PREFIX],
        needsWork: (value, id) => !opensAt(ring, value, sealedPlace(to, column, id)) && boundTo(value, id) !== undefined,
        openedFrom: boundTo,
        batch,
      });
      if (count) log(`re-sealed ${count} ${to}.${column} (the table was named ${from})`);
      total += count;
    }
    await db.run('INSERT INTO "SealCanary" ("id", "value", "createdAt") VALUES (?, ?, ?) ON CONFLICT ("id") DO NOTHING', [
      done,
      "",
      stamp(),
    ]);
  }
  return total;
}

/** Seals every value written before sealing existed (or with sealing off). Resumable: it picks only plain values. */
export async function sealExisting(db, ring, { batch = SEAL_BATCH, log = () => undefined } = {}) {
  let total = 0;
  for (const [model, columns] of Object.entries(SEALED_FIELDS)) {
    for (const column of columns) {
      const count = await resealColumn(db, ring, model, column, {
        where: `"${column}" <> '' AND substr("${column}", 1, ${SEALED_PREFIX.length}) <> ?`,
        params: [SEALED_PREFIX],
        needsWork: (value) => !isSealed(value),
        batch,
      });
      if (count) log(`sealed ${count} ${model}.${column}`);
      total += count;
    }
  }
  return total;
}

/** How many values (the canary aside) are still sealed with a key other than the current one. */
export async function valuesUnderOtherKeys(db, ring) {
  let total = 0;
  for (const [model, columns] of Object.entries(SEALED_FIELDS)) {
    for (const column of columns) {
      const rows = await db.all(`SELECT "${column}" AS "value" FROM "${model}" WHERE substr("${column}", 1, ${SEALED_PREFIX.length}) = ?`, [
        SEALED_PREFIX,
      ]);
      total += rows.filter((row) => sealedKeyId(row.value) !== ring.currentId).length;
    }
  }
  return total;
}

/** Re-seals every value (and the canary) sealed with an older key of the ring, with the current key. */
export async function resealToCurrent(db, ring, { batch = SEAL_BATCH, log = () => undefined } = {}) {
  let total = 0;
  const underOther = (value) => isSealed(value) && sealedKeyId(value) !== ring.currentId;
  for (const [model, columns] of Object.entries(SEALED_FIELDS)) {
    for (const column of columns) {
      const count = await resealColumn(db, ring, model, column, {
        where: `substr("${column}", 1, ${SEALED_PREFIX.length}) = ?`,
        params: [SEALED_PREFIX],
        needsWork: underOther,
        batch,
      });
      if (count) log(`re-sealed ${count} ${model}.${column}`);
      total += count;
    }
  }
  const [canary] = await db.all('SELECT "value" FROM "SealCanary" WHERE "id" = ?', [CANARY_ID]);
  if (canary && underOther(canary.value)) {
    const place = sealedPlace("SealCanary", "value", CANARY_ID);
    await db.run('UPDATE "SealCanary" SET "value" = ? WHERE "id" = ? AND "value" = ?', [
      seal(ring, open(ring, canary.value, place), place),
      CANARY_ID,
      canary.value,
    ]);
  }
  return total;
}

/**
 * How long a key replaced by a rotation keeps opening before it can be retired: a write that sealed
 * its words just before the switch may still commit after it (the app reads data.key before each
 * seal; SQLite transactions are short). Values it left under the old key are re-sealed then.
 */
export const ROTATION_GRACE_MS = 10_000;

/** One rotation at a time: a lock file naming its process, taken over when that process is gone (kill -9). */
function lockRotation(folder) {
  const lock = path.join(folder, "rotate.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx", mode: 0o600 });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lock, "utf8").trim());
      let alive = false;
      try {
        if (holder > 0) alive = process.kill(holder, 0);
      } catch {
        alive = false;
      }
      if (alive) throw new Error(`another rotate-key (process ${holder}) is running: wait for it to finish.`);
      fs.rmSync(lock, { force: true });
    }
  }
  throw new Error("could not take the rotation lock: run rotate-key again.");
}

/**
 * `npm run mend -- rotate-key`. Key folder (the embedded default): keeps the current key as
 * retiring-<id>.key, puts a new data.key in its place in one rename, re-seals every value batch by
 * batch, waits out ROTATION_GRACE_MS for writes begun under the old key, re-seals those, and only
 * then retires the old key (moved to keys/retired/, for old backups). Run again after an
 * interruption, it goes on where it stopped. With MEND_DATA_KEY the new key is the operator's: set
 * it, with the old one in MEND_DATA_KEY_PREVIOUS, restart every instance, then run this to move
 * every value to it.
 */
export async function rotateKey(
  url,
  { environment = process.env, batch = SEAL_BATCH, log = console.log, graceMs = ROTATION_GRACE_MS } = {},
) {
  const fromEnvironment = Boolean(environment.MEND_DATA_KEY);
  const folder = keysDir();
  const unlock = fromEnvironment ? () => undefined : lockRotation(folder);
  let db;
  try {
    db = await openDatabase(url);
    let ring = dataKeysFor(url, environment);
    const canary = await checkCanary(db, ring);
    if (canary.state === "wrong") throw new Error(canary.message);
    if (!fromEnvironment) {
      // Retiring keys that differ from the current one: an earlier rotation to finish. Otherwise start one.
      const resuming = [...ring.keys.keys()].some((id) => id !== ring.currentId);
      if (!resuming) {
        writeRetiringKey(folder, ring.current);
        const next = newKey();
        replaceCurrentKey(folder, next);
        log(`rotate-key: new key ${keyId(next)} seals from now on; re-sealing what key ${ring.currentId} sealed`);
      } else {
        log(`rotate-key: finishing the rotation to key ${ring.currentId}`);
      }
      ring = dataKeysFor(url, environment);
    } else {
      log(`rotate-key: re-sealing with key ${ring.currentId} what older keys sealed`);
    }
    let moved = await resealToCurrent(db, ring, { batch, log });
    if (!fromEnvironment) {
      const wait = fs.statSync(path.join(folder, CURRENT_KEY_FILE)).mtimeMs + graceMs - Date.now();
      if (wait > 0) {
        log(`rotate-key: waiting ${Math.ceil(wait / 1000)} s for writes begun under the old key`);
        await new Promise((resolve) => setTimeout(resolve, wait));
        moved += await resealToCurrent(db, ring, { batch, log });
      }
    }
    const left = await valuesUnderOtherKeys(db, ring);
    if (left) throw new Error(`${left} values are still sealed with an older key (written meanwhile?): run rotate-key again.`);
    if (fromEnvironment) {
      log(
        `rotate-key: every value is sealed with key ${ring.currentId} (${moved} re-sealed). Once every instance runs with this key, ` +
          `MEND_DATA_KEY_PREVIOUS can be removed; keep the old key as long as backups made with it.`,
      );
      return { moved, currentId: ring.currentId };
    }
    for (const id of ring.keys.keys()) if (id !== ring.currentId) retireKey(folder, id);
    log(
      `rotate-key: every value is sealed with key ${ring.currentId} (${moved} re-sealed). The old key is retired to ${path.join(folder, "retired")}: ` +
        `keep it with the backups made before today, which need it.`,
    );
    return { moved, currentId: ring.currentId };
  } finally {
    await db?.close();
    unlock();
  }
}

/**
 * The start check (`npm start`, after migrations): refuses a wrong key before anything is written,
 * writes the canary on a first start, then seals whatever is still plain. Returns a message to
 * print and exit with, or null.
 */
export async function prepareSealing(url, { environment = process.env, log = console.log } = {}) {
  let ring;
  try {
    ring = dataKeysFor(url, environment);
  } catch (error) {
    return error.message;
  }
  const db = await openDatabase(url);
  try {
    const canary = await checkCanary(db, ring);
    if (canary.state === "wrong") return canary.message;
    // The canary first: a start cut short while sealing still leaves the key's check behind.
    await ensureCanary(db, ring);
    await moveSealedPlaces(db, ring, { log: (line) => log(`Mend: ${line}`) });
    const sealed = await sealExisting(db, ring, { log: (line) => log(`Mend: ${line}`) });
    if (sealed) log(`Mend: sealed ${sealed} values written before sealing at rest.`);
    return null;
  } finally {
    await db.close();
  }
}

/**
 * Only the check, reading (the SQLite file opened read-only): for `npm start` to refuse a wrong or
 * missing key before migrations or anything else touch the database. Returns a message, or null.
 */
export async function refuseWrongKey(url, environment = process.env) {
  const provider = databaseProvider(url) ?? "sqlite";
  if (provider === "sqlite" && !fs.existsSync(sqlitePath(url))) return null;
  const db = await openDatabase(url, { readonly: true }).catch(() => null);
  if (!db) return null;
  try {
    const sealedBefore =
      (await hasCanaryTable(db)) && (await db.all('SELECT "id" FROM "SealCanary" WHERE "id" = ?', [CANARY_ID])).length > 0;
    const keyFile = path.join(keysDir(), CURRENT_KEY_FILE);
    // A database sealed before, and no key: say so, rather than make a new key that opens nothing.
    if (sealedBefore && provider === "sqlite" && !environment.MEND_DATA_KEY && !fs.existsSync(keyFile)) {
      return (
        `Mend's data is sealed, and its key file ${keyFile} is missing: it can't open what people wrote. Nothing was changed. ` +
        `Put back data.key from where you keep it safe (docs/deploy.md), or set MEND_DATA_KEY, then start again.`
      );
    }
    let ring;
    try {
      ring = dataKeysFor(url, environment);
    } catch (error) {
      return error.message;
    }
    const canary = await checkCanary(db, ring);
    return canary.state === "wrong" ? canary.message : null;
  } finally {
    await db.close();
  }
}
