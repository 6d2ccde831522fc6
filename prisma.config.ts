import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, defaultDatabaseUrl, prismaLayout } from "./lib/local-state.mjs";

// The CLI needs DATABASE_URL present, or it falls back to downloading an engine (NOTES.md).
process.env.DATABASE_URL ??= defaultDatabaseUrl();
const url = process.env.DATABASE_URL;
// `file:` → SQLite (prisma/), `postgres(ql)://` → PostgreSQL (prisma/postgres/, generated schema).
const provider = databaseProvider(url);
if (!provider) throw new Error("DATABASE_URL must be a SQLite file URL (file:…) or a PostgreSQL URL (postgresql://…)");
const layout = prismaLayout(provider);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: layout.schema,
  migrations: { path: layout.migrations },
  async adapter() {
    return provider === "postgresql" ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  },
});
