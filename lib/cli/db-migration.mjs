// Migrations for both databases from the one schema source.
//
//   npm run db:migration -- <name> [--at 20261126030000]
//       After editing prisma/schema.prisma: regenerates prisma/postgres/schema.prisma, then for
//       SQLite and for PostgreSQL applies the committed migrations to a throwaway database, reads
//       back what they produce, and writes the SQL that brings it to the schema into
//       prisma/migrations/<at>_<name>/ and prisma/postgres/migrations/<at>_<name>/ (only where
//       something differs: a SQLite migration written by hand is kept, its PostgreSQL twin added).
//       Review the SQL before committing it. SQLite-only SQL (triggers) needs a hand-written twin.
//   npm run db:migration -- --check
//       Exits 1, saying which, when either provider's migrations do not produce the schema.
//
// PostgreSQL: MEND_PG_ADMIN_URL (a server where databases may be created), or a throwaway server
// from the installed binaries (tests/support/pg-server.mjs).
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { prismaLayout } from "../local-state.mjs";
import { writePostgresSchema } from "./prisma-schemas.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const PRISMA = path.join(ROOT, "node_modules", "prisma", "build", "index.js");

function prisma(args, databaseUrl) {
  const result = spawnSync(process.execPath, [PRISMA, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function must(result, what) {
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** A fresh, empty database of `provider`: { url, drop() }. */
async function scratchDatabase(provider, pgAdminUrl) {
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-migrations-"));
    return { url: `file:${path.join(dir, "scratch.db")}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `mend_scratch_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: pgAdminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Applies `provider`'s committed migrations to a scratch database and compares what they produce
 * with `schema` (default: that provider's schema file). Resolves to the SQL that is missing ("" when
 * none) and a human summary of the difference.
 */
export async function migrationGap(provider, { pgAdminUrl, schema } = {}) {
  const layout = prismaLayout(provider);
  const target = path.resolve(ROOT, schema ?? layout.schema);
  const scratch = await scratchDatabase(provider, pgAdminUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-pulled-"));
  try {
    must(prisma(["migrate", "deploy"], scratch.url), `${provider}: prisma migrate deploy`);
    // What the migrations produced, as a schema (the CLI prints a warning above it on stdout).
    const pulled = must(prisma(["db", "pull", "--print"], scratch.url), `${provider}: prisma db pull`);
    const start = pulled.search(/^(generator|datasource|model)\s/m);
    const pulledFile = path.join(dir, "pulled.prisma");
    fs.writeFileSync(pulledFile, start >= 0 ? pulled.slice(start) : pulled);
    const diff = (extra) =>
      prisma(["migrate", "diff", "--from-schema-datamodel", pulledFile, "--to-schema-datamodel", target, ...extra], scratch.url);
    const summary = diff(["--exit-code"]);
    if (summary.status === 0) return { sql: "", summary: "" };
    if (summary.status !== 2) must(summary, `${provider}: prisma migrate diff`);
    return {
      sql: must(diff(["--script"]), `${provider}: prisma migrate diff --script`),
      summary: summary.stdout.replace(/^Loaded Prisma config.*\n/m, "").trim(),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await scratch.drop();
  }
}

async function withPostgres(run) {
  if (process.env.MEND_PG_ADMIN_URL) return run(process.env.MEND_PG_ADMIN_URL);
  const { startPostgres } = await import("../../tests/support/pg-server.mjs");
  const server = await startPostgres();
  try {
    return await run(server.url());
  } finally {
    server.stop();
  }
}

function timestamp() {
  return new Date().toISOString().replace(/\D/g, "").slice(0, 14);
}

async function main(argv) {
  const check = argv.includes("--check");
  const atIndex = argv.indexOf("--at");
  const at = atIndex >= 0 ? argv[atIndex + 1] : timestamp();
  const name = argv.find((arg, i) => !arg.startsWith("--") && argv[i - 1] !== "--at");
  if (!check && (!name || !/^[a-z0-9_]+$/.test(name) || !/^\d{14}$/.test(at))) {
    console.error("usage: npm run db:migration -- <name_in_snake_case> [--at YYYYMMDDhhmmss]   |   npm run db:migration -- --check");
    process.exit(2);
  }
  if (writePostgresSchema({ check })) {
    if (check) {
      console.error("prisma/postgres/schema.prisma is stale: run `npm run db:migration -- <name>`.");
      process.exit(1);
    }
    console.log("Wrote prisma/postgres/schema.prisma");
  }
  let stale = false;
  await withPostgres(async (pgAdminUrl) => {
    for (const provider of ["sqlite", "postgresql"]) {
      const { sql, summary } = await migrationGap(provider, { pgAdminUrl });
      if (!sql) {
        console.log(`${provider}: the committed migrations produce the schema.`);
        continue;
      }
      if (check) {
        stale = true;
        console.error(
          `${provider}: the committed migrations do not produce the schema. Run \`npm run db:migration -- <name>\`.\n${summary}`,
        );
        continue;
      }
      const folder = path.join(ROOT, prismaLayout(provider).migrations, `${at}_${name}`);
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, "migration.sql"), sql);
      console.log(`${provider}: wrote ${path.relative(ROOT, folder)}/migration.sql\n${summary}`);
    }
  });
  if (stale) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
