// First-run setup shared by `npm start`, `npm run dev` and the e2e server.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import {
  databaseProvider,
  defaultDatabaseUrl,
  ensureSecret,
  prismaLayout,
  sqlitePath,
  tightenPermissions,
  dataDir,
} from "../local-state.mjs";
import { loadResources } from "../content/resources.mjs";

export function fail(message) {
  console.error(`\nMend cannot start: ${message}\n`);
  process.exit(1);
}

/**
 * Sets DATABASE_URL and NEXTAUTH_SECRET for this process and its children, and makes local
 * state private. Call it before anything creates a file.
 */
export function prepareEnvironment() {
  // Every file created from here on, by this process and by the children that inherit the
  // umask (prisma migrate creating the database, the server's SQLite creating -wal/-shm at its
  // first write), is private to this account: folders 0700, files 0600.
  process.umask(0o077);
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.DATABASE_URL ??= defaultDatabaseUrl();
  const file = sqlitePath(process.env.DATABASE_URL);
  if (file) {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    } catch (error) {
      fail(`cannot create the database folder ${path.dirname(file)} (${error.code}).`);
    }
  }
  // The data folder holds every couple's private writing: never readable by other local users.
  try {
    tightenPermissions({ dir: dataDir(), dbFile: file });
  } catch (error) {
    console.warn(`Mend: could not tighten permissions in ${dataDir()} (${error.code ?? error.message}); check them by hand.`);
  }
  try {
    process.env.NEXTAUTH_SECRET = ensureSecret();
  } catch (error) {
    fail(error.message);
  }
}

/**
 * A practice's own list of support lines (MEND_RESOURCES_FILE) is checked before anything is built
 * or served: a list with a broken entry would otherwise reach people at the worst moment.
 */
export function checkResourcesFile() {
  const file = process.env.MEND_RESOURCES_FILE;
  if (!file) return;
  try {
    loadResources(file);
  } catch (error) {
    fail(`${error.message}\n(MEND_RESOURCES_FILE; fix the file, or unset the variable to use Mend's own list.)`);
  }
}

export function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) fail(`\`${path.basename(command)} ${args.join(" ")}\` exited with ${result.status ?? result.signal}.`);
}

/** Applies committed migrations (never `db push`): creates the database on first run, a no-op after. */
export function migrate() {
  const args = [path.join("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"];
  const result = spawnSync(process.execPath, args, { env: process.env, encoding: "utf8" });
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  if (result.status === 0) return;
  // Prisma 6.19's migrate fails on a SQLite file any other connection holds open, even an idle one
  // (SQLITE_BUSY, which it reports as "SocketTimeout"): name the likely holders instead.
  if (databaseProvider(process.env.DATABASE_URL ?? "") === "sqlite" && /SocketTimeout/.test(`${result.stdout}${result.stderr}`))
    fail(
      "the database is in use by another program: a Mend already running on this data folder, `npm run mend -- rotate-key` or `seal-existing`, or a backup. Stop it (or wait for it to finish), then start Mend again.",
    );
  fail(
    `\`node ${args.join(" ")}\` ${result.error ? `could not run: ${result.error.message}` : `exited with ${result.status ?? result.signal}`}.`,
  );
}

/**
 * Migrations committed for this database that it hasn't applied (all of them for a new database).
 * Read straight from Prisma's own table, so a database that is current, and maybe in use by a
 * running Mend, is never handed to `prisma migrate deploy` (it takes the whole database for itself).
 */
export async function pendingMigrations(url) {
  const provider = databaseProvider(url);
  // Not import.meta.dirname: Node 20.9 and 20.10 (allowed by "engines") don't have it.
  const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", prismaLayout(provider).migrations);
  const committed = fs.readdirSync(folder).filter((name) => fs.existsSync(path.join(folder, name, "migration.sql")));
  const appliedSql = 'SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL';
  let applied = [];
  if (provider === "postgresql") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const exists = (await client.query("SELECT to_regclass('\"_prisma_migrations\"') AS t")).rows[0].t;
      if (exists) applied = (await client.query(appliedSql)).rows.map((r) => r.name);
    } finally {
      await client.end();
    }
  } else {
    const file = sqlitePath(url);
    if (fs.existsSync(file)) {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
        if (exists)
          applied = db
            .prepare(appliedSql)
            .all()
            .map((r) => r.name);
      } finally {
        db.close();
      }
    }
  }
  return committed.filter((name) => !applied.includes(name));
}

/** `migrate()` when a migration is pending: a current database is left alone, even while another program has it open. */
export async function migrateIfPending(url) {
  if ((await pendingMigrations(url)).length > 0) migrate();
}

export const nextBin = path.join("node_modules", "next", "dist", "bin", "next");

export function distDir() {
  return process.env.MEND_DIST_DIR || ".next";
}

export function hasBuild(dir = distDir()) {
  return fs.existsSync(path.join(dir, "BUILD_ID"));
}

// ---- Is the build current? ---------------------------------------------------------------
// Decided from content, not timestamps: `git pull`, a copied checkout or an editor can leave
// mtimes that say nothing about what changed. A build records a hash of its inputs; a start
// whose inputs hash differently rebuilds.

/** Everything `next build` reads from the checkout (lib/generated follows prisma/schema.prisma). */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "prisma/schema.prisma",
  "next.config.mjs",
  "tsconfig.json",
  "postcss.config.mjs",
  "proxy.ts",
  "instrumentation.ts",
  "package-lock.json",
  "package.json",
  // Patched dependencies (patch-package) may be bundled into the build.
  "patches",
];
const SKIPPED = new Set(["lib/generated", "node_modules", ".DS_Store"]);
export const BUILD_HASH_FILE = "mend-build-hash";

/** sha256 over the sorted relative paths and contents of BUILD_INPUTS under root; missing inputs are skipped. */
export function buildInputsHash(root = process.cwd(), inputs = BUILD_INPUTS) {
  const files = [];
  const walk = (rel) => {
    if (SKIPPED.has(rel) || SKIPPED.has(path.basename(rel))) return;
    let stat;
    try {
      stat = fs.statSync(path.join(root, rel));
    } catch (error) {
      if (error.code === "ENOENT") return;
      throw error;
    }
    if (stat.isDirectory()) for (const name of fs.readdirSync(path.join(root, rel))) walk(path.posix.join(rel, name));
    else if (stat.isFile()) files.push(rel);
  };
  for (const input of inputs) walk(input);
  files.sort();
  const hash = crypto.createHash("sha256");
  for (const rel of files) {
    // Length-prefixed so ("a", "bc") and ("ab", "c") never hash alike.
    const content = fs.readFileSync(path.join(root, rel));
    hash.update(`${rel}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest("hex");
}

export function readBuildHash(dir = distDir()) {
  try {
    return fs.readFileSync(path.join(dir, BUILD_HASH_FILE), "utf8").trim();
  } catch {
    return null;
  }
}

export function writeBuildHash(hash, dir = distDir()) {
  fs.writeFileSync(path.join(dir, BUILD_HASH_FILE), hash + "\n");
}

/**
 * Why `npm start` must build before serving, or null to serve the existing build. Pure, so
 * the decision is tested without building.
 */
export function buildReason({ built, storedHash, currentHash, forced }) {
  if (forced) return "MEND_REBUILD=1";
  if (!built) return "first start";
  if (!storedHash) return "the existing build records no source hash";
  if (storedHash !== currentHash) return "sources changed since the last build";
  return null;
}
