import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationGap } from "@/lib/cli/db-migration.mjs";
import { startPostgres } from "../support/pg-server.mjs";
import { PG_ADMIN_URL, ROOT, TMP_DIR } from "../setup/paths";

// The committed migrations of BOTH databases must produce prisma/schema.prisma: a model added with
// only a SQLite migration (or none) fails here, with `npm run db:migration -- <name>` as the fix.
let pgAdminUrl = PG_ADMIN_URL;
let stop: (() => void) | undefined;

beforeAll(async () => {
  if (pgAdminUrl) return;
  const server = await startPostgres();
  pgAdminUrl = server.url();
  stop = server.stop;
}, 120_000);
afterAll(() => stop?.());

describe("migrations for both databases", () => {
  it("the generated PostgreSQL schema is the SQLite one with only the provider changed", async () => {
    const { postgresSchema, POSTGRES_SCHEMA } = await import("@/lib/cli/prisma-schemas.mjs");
    const source = fs.readFileSync(path.join(ROOT, "prisma", "schema.prisma"), "utf8");
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchema(source));
  });

  it.each(["sqlite", "postgresql"] as const)(
    "%s: the committed migrations produce the current schema",
    async (provider) => {
      expect(await migrationGap(provider, { pgAdminUrl: pgAdminUrl! })).toEqual({ sql: "", summary: "" });
    },
    240_000,
  );

  it("notices a model that has no migration, and writes the SQL it needs", async () => {
    const schema = path.join(TMP_DIR, "drift", "schema.prisma");
    fs.mkdirSync(path.dirname(schema), { recursive: true });
    const source = fs.readFileSync(path.join(ROOT, "prisma", "schema.prisma"), "utf8");
    fs.writeFileSync(schema, `${source}\nmodel DriftProbe {\n  id String @id\n}\n`);
    const gap = await migrationGap("sqlite", { schema });
    expect(gap.sql).toMatch(/CREATE TABLE "DriftProbe"/);
    expect(gap.summary).toMatch(/DriftProbe/);
  }, 240_000);
});
