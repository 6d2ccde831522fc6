// One schema source for both databases: prisma/schema.prisma (SQLite) is the source, and
// prisma/postgres/schema.prisma is generated from it here with only the provider and the client's
// output folder changed. `--check` exits 1 when the generated file is stale (a test runs it).
//   node lib/cli/prisma-schemas.mjs [--check]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SOURCE = path.join(ROOT, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(ROOT, "prisma", "postgres", "schema.prisma");

const HEADER =
  "// GENERATED from prisma/schema.prisma by `node lib/cli/prisma-schemas.mjs`: do not edit.\n" +
  "// Edit prisma/schema.prisma, then run `npm run db:migration -- <name>` (docs/architecture.md).\n\n";

/** The PostgreSQL schema for a SQLite schema's text. */
export function postgresSchema(source) {
  const swap = (text, from, to) => {
    if (!from.test(text)) throw new Error(`prisma/schema.prisma: expected ${from} (lib/cli/prisma-schemas.mjs)`);
    return text.replace(from, to);
  };
  let out = swap(source, /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  out = swap(out, /(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-pg"');
  return HEADER + out;
}

export function writePostgresSchema({ check = false } = {}) {
  const wanted = postgresSchema(fs.readFileSync(SOURCE, "utf8"));
  const current = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : null;
  if (current === wanted) return false;
  if (check) return true;
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, wanted);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  const changed = writePostgresSchema({ check });
  if (check && changed) {
    console.error("prisma/postgres/schema.prisma is stale: run `node lib/cli/prisma-schemas.mjs`.");
    process.exit(1);
  }
  if (changed) console.log("Wrote prisma/postgres/schema.prisma");
}
