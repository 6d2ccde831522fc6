// `npm run backup`: a consistent copy of Mend's database while Mend keeps running.
//
//   npm run backup [-- <file>]              SQLite: SQLite's online backup API (a consistent snapshot,
//                                           WAL included); PostgreSQL: pg_dump's custom format.
//                                           Default file: backups/mend-<UTC time>.db / .dump (mode 600).
//   npm run backup -- restore <file> <url>  Restores a backup into a NEW, empty database <url>
//                                           (file:… or postgresql://…); then point DATABASE_URL at it.
//
// The database is DATABASE_URL (or the embedded default). A backup holds every couple's private
// writing: keep it encrypted and as private as the database itself.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider, defaultDatabaseUrl, sqlitePath } from "../local-state.mjs";

function fail(message) {
  console.error(`backup: ${message}`);
  process.exit(1);
}

/** pg_dump/pg_restore take the URL as a connection string; a password in it stays out of `ps` via PGPASSWORD. */
function pgTool(tool, args, url) {
  const parsed = new URL(url);
  const env = { ...process.env };
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = "";
  }
  const result = spawnSync(tool, [...args, "--dbname", parsed.toString()], { encoding: "utf8", env });
  if (result.error)
    throw new Error(`${tool} could not run (${result.error.code}): install PostgreSQL's client tools (apt-get install postgresql-client).`);
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr.trim()}`);
}

export async function backup(url, file) {
  const provider = databaseProvider(url);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  if (provider === "sqlite") {
    const source = sqlitePath(url);
    if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
    const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 5000 });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
  } else if (provider === "postgresql") {
    pgTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file], url);
  } else {
    throw new Error("DATABASE_URL is neither file:… nor postgresql://…");
  }
  fs.chmodSync(file, 0o600);
  return file;
}

export async function restore(file, url) {
  if (!fs.existsSync(file)) throw new Error(`no backup at ${file}`);
  const provider = databaseProvider(url);
  if (provider === "sqlite") {
    const target = sqlitePath(url);
    if (fs.existsSync(target)) throw new Error(`${target} exists: restore into a new file, then point DATABASE_URL at it`);
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await db.backup(target);
    } finally {
      db.close();
    }
    fs.chmodSync(target, 0o600);
    const check = new Database(target, { readonly: true });
    const [{ integrity_check: integrity }] = check.pragma("integrity_check");
    check.close();
    if (integrity !== "ok") throw new Error(`the restored database fails its integrity check: ${integrity}`);
  } else if (provider === "postgresql") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
    await client.end();
    if (rows[0].n > 0)
      throw new Error("the target database is not empty: restore into a new database (createdb), then point DATABASE_URL at it");
    pgTool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", file], url);
  } else {
    throw new Error("the target is neither file:… nor postgresql://…");
  }
}

async function main([command, ...args]) {
  const url = process.env.DATABASE_URL || defaultDatabaseUrl();
  if (command === "restore") {
    const [file, target] = args;
    if (!file || !target) fail("usage: npm run backup -- restore <backup file> <new database URL>");
    await restore(file, target);
    console.log(`Restored ${file} into ${target.replace(/:[^:@/]*@/, ":***@")}. Point DATABASE_URL at it and start Mend.`);
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const file = command ?? path.join("backups", `mend-${stamp}.${databaseProvider(url) === "postgresql" ? "dump" : "db"}`);
  process.umask(0o077);
  await backup(url, file);
  console.log(`Backed up to ${file}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error) => fail(error instanceof Error ? error.message : String(error)));
}
