// Where Mend keeps local state, shared by the start scripts, prisma.config.ts and the
// app itself so all agree: the embedded SQLite file and the generated auth secret.
// Plain JS (with lib/local-state.d.mts beside it) so plain `node` scripts can import it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { keyId, keyring, newKey, parseKey } from "./crypto/seal.mjs";

const SECRET_FILE = "nextauth-secret";
const KEYS_FOLDER = "keys";

/** Folder for local state; `data/` under the working directory unless MEND_DATA_DIR says otherwise. */
export function dataDir() {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MEND_DATA_DIR || path.join(process.cwd(), "data"));
}

/** Database files that hold couples' private writing: the SQLite file and its WAL/shared-memory companions. */
export const SQLITE_COMPANIONS = ["", "-wal", "-shm"];

/**
 * Keeps local state private to the account running Mend: the data folder 0700, the database
 * (with its -wal/-shm files) and the generated secret 0600. New files are already private when
 * the start script sets umask 077; this tightens what an older version, a restore or a copy left
 * wider (e.g. a 0755 folder and 0644 database readable by every local user). Only files that
 * exist are touched, and only ever narrowed. Returns what changed, e.g. ["data/ 755→700"], and
 * logs it in one line.
 */
export function tightenPermissions({ dir = dataDir(), dbFile = null, log = console.log } = {}) {
  const changed = [];
  const narrow = (target, mode) => {
    let stat;
    try {
      stat = fs.statSync(target);
    } catch (error) {
      if (error.code === "ENOENT") return;
      throw error;
    }
    const current = stat.mode & 0o777;
    if ((current & ~mode) === 0) return; // already as narrow (or narrower)
    fs.chmodSync(target, current & mode);
    changed.push(`${path.basename(target)}${stat.isDirectory() ? "/" : ""} ${current.toString(8)}→${(current & mode).toString(8)}`);
  };
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  narrow(dir, 0o700);
  narrow(path.join(dir, SECRET_FILE), 0o600);
  const keys = path.join(dir, KEYS_FOLDER);
  narrow(keys, 0o700);
  if (fs.existsSync(keys)) {
    for (const entry of fs.readdirSync(keys, { recursive: true, withFileTypes: true })) {
      narrow(path.join(entry.parentPath, entry.name), entry.isDirectory() ? 0o700 : 0o600);
    }
  }
  for (const base of new Set([path.join(dir, "mend.db"), dbFile].filter(Boolean))) {
    for (const suffix of SQLITE_COMPANIONS) narrow(base + suffix, 0o600);
  }
  if (changed.length) log(`Mend: tightened permissions of private files in ${dir}: ${changed.join(", ")}`);
  return changed;
}

export function defaultDatabaseUrl() {
  return `file:${path.join(dataDir(), "mend.db")}`;
}

/** Which database a DATABASE_URL names: `file:` → SQLite, `postgres(ql)://` → PostgreSQL, else null. */
export function databaseProvider(url) {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}

/**
 * Where Prisma's schema and migrations for a provider live. prisma/schema.prisma is the one
 * source; prisma/postgres/schema.prisma is generated from it (lib/cli/prisma-schemas.mjs).
 */
export function prismaLayout(provider) {
  return provider === "postgresql"
    ? { schema: path.join("prisma", "postgres", "schema.prisma"), migrations: path.join("prisma", "postgres", "migrations") }
    : { schema: path.join("prisma", "schema.prisma"), migrations: path.join("prisma", "migrations") };
}

/** The filesystem path of a `file:` SQLite URL, or null for other databases. */
export function sqlitePath(url) {
  if (!url.startsWith("file:")) return null;
  return path.resolve(url.slice("file:".length));
}

/**
 * NEXTAUTH_SECRET from the environment, or one generated on first run and kept in the
 * data folder (mode 600) so sessions survive restarts. Throws a clear message when it can
 * neither read nor create one. Never committed (data/ is git-ignored).
 */
export function ensureSecret(dir = dataDir()) {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dir, SECRET_FILE);
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if (error.code !== "ENOENT") {
      throw new Error(`cannot read the auth secret at ${file} (${error.code}). Set NEXTAUTH_SECRET or fix the folder's permissions.`);
    }
  }
  const secret = crypto.randomBytes(48).toString("base64url");
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  } catch (error) {
    throw new Error(`cannot create an auth secret at ${file} (${error.code}). Set NEXTAUTH_SECRET or make ${dir} writable.`);
  }
  return secret;
}

/** Where the embedded database's data keys live: `<data dir>/keys/`, never inside the database or its backups. */
export function keysDir(dir = dataDir()) {
  return path.join(dir, KEYS_FOLDER);
}

/** The sealing key's file in the keys folder; older keys a rotation still needs sit beside it as retiring-<key id>.key. */
export const CURRENT_KEY_FILE = "data.key";

/**
 * The data keys (decision 014): the key that seals new values, then older keys a rotation has
 * not finished moving away from. From MEND_DATA_KEY (and MEND_DATA_KEY_PREVIOUS, comma-separated)
 * when set; otherwise, on the embedded SQLite database only, from `<data dir>/keys/`: data.key
 * (mode 600, base64) seals, each retiring-<key id>.key still opens (keys/retired/ holds keys no
 * value uses any more, for old backups; never loaded). The first run generates data.key, unless
 * `create` is false (a running app: a missing key file stops it instead). On PostgreSQL the key must come from the environment: a database run by someone else
 * should not sit beside its own key.
 */
export function loadDataKeys({ provider, dataKey, previousKeys = [], dir = dataDir(), create = true }) {
  if (dataKey) {
    return keyring(
      parseKey(dataKey, "MEND_DATA_KEY"),
      previousKeys.map((text) => parseKey(text, "MEND_DATA_KEY_PREVIOUS")),
    );
  }
  if (provider === "postgresql") {
    throw new Error(
      "MEND_DATA_KEY is not set. With PostgreSQL, Mend seals what people write with a key given in the environment, " +
        "never stored beside the database: create one with `openssl rand -base64 32`, keep it safe (docs/deploy.md), and set MEND_DATA_KEY.",
    );
  }
  const folder = keysDir(dir);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const currentFile = path.join(folder, CURRENT_KEY_FILE);
  if (!fs.existsSync(currentFile)) {
    // A running app never makes a key of its own: a key file gone missing must stop it, not be replaced.
    if (!create) throw new Error(`The data key file ${currentFile} is missing: put it back from where you keep it safe (docs/deploy.md).`);
    // Of two processes starting at once, one's key lands (whole, on disk) and the other reads it.
    writeKeyFileDurably(currentFile, newKey());
  }
  const current = parseKey(readTrimmed(currentFile), `The key file ${currentFile}`);
  const older = fs
    .readdirSync(folder)
    .filter((name) => /^retiring-[0-9a-f]{16}\.key$/.test(name))
    .map((name) => parseKey(readTrimmed(path.join(folder, name)), `The key file ${path.join(folder, name)}`));
  return keyring(current, older);
}

/**
 * Writes a key file so it is either absent or whole and on disk: a unique temporary file, fsync'd,
 * linked to its name (which fails when the name exists: the key already there wins), then the
 * folder fsync'd. Values sealed with a key must never outlive the key's file after a power cut.
 * Returns false when the file existed already.
 */
export function writeKeyFileDurably(target, key) {
  const folder = path.dirname(target);
  const temporary = writeTemporaryKeyFile(folder, path.basename(target), key);
  let written = true;
  try {
    fs.linkSync(temporary, target);
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
    written = false;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  syncFolder(folder);
  return written;
}

/** Writes `key` (base64, mode 600) to a new, uniquely named hidden file beside `name` in `folder`, fsync'd; returns its path. */
function writeTemporaryKeyFile(folder, name, key) {
  const temporary = path.join(folder, `.${name}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`);
  const fd = fs.openSync(temporary, "wx", 0o600);
  try {
    fs.writeSync(fd, key.toString("base64") + "\n");
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return temporary;
}

function syncFolder(folder) {
  const fd = fs.openSync(folder, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Keeps an older key (retiring-<key id>.key, 0600, on disk) while a rotation moves values away from it; returns its id. */
export function writeRetiringKey(folder, key) {
  writeKeyFileDurably(path.join(folder, `retiring-${keyId(key)}.key`), key);
  return keyId(key);
}

/** Replaces the sealing key in one step (a whole new file renamed over data.key), so a crash leaves the old or the new, never half. */
export function replaceCurrentKey(folder, key) {
  const temporary = writeTemporaryKeyFile(folder, CURRENT_KEY_FILE, key);
  fs.renameSync(temporary, path.join(folder, CURRENT_KEY_FILE));
  syncFolder(folder);
}

/**
 * Retires a key no value uses any more: moved to keys/retired/ (no longer loaded), not deleted,
 * since backups made before the rotation still need it to open.
 */
export function retireKey(folder, id) {
  const retired = path.join(folder, "retired");
  fs.mkdirSync(retired, { recursive: true, mode: 0o700 });
  fs.renameSync(path.join(folder, `retiring-${id}.key`), path.join(retired, `${id}.key`));
  syncFolder(folder);
  syncFolder(retired);
}

function readTrimmed(file) {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch (error) {
    if (error.code === "ENOENT") return "";
    throw error;
  }
}
