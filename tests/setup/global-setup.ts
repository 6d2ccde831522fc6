import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { BASE_DB, PG_ADMIN_URL, ROOT, TMP_DIR, pgBaseDatabase, pgDatabaseUrl, pgTestPrefix } from "./paths";

function migrateDeploy(databaseUrl: string) {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "pipe",
  });
}

/**
 * Builds one database through the committed migrations; each test file copies it: a file copy on
 * SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL (MEND_TEST_POSTGRES_URL, set by `npm run test:postgres`).
 */
export default async function setup() {
  fs.rmSync(TMP_DIR, { recursive: true, force: true });
  fs.mkdirSync(TMP_DIR, { recursive: true });
  if (!PG_ADMIN_URL) {
    migrateDeploy(`file:${BASE_DB}`);
    return () => fs.rmSync(TMP_DIR, { recursive: true, force: true });
  }
  const adminUrl = PG_ADMIN_URL;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${pgBaseDatabase}"`);
  await admin.query(`CREATE DATABASE "${pgBaseDatabase}"`);
  await admin.end();
  migrateDeploy(pgDatabaseUrl(pgBaseDatabase));
  return async () => {
    fs.rmSync(TMP_DIR, { recursive: true, force: true });
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [
      pgTestPrefix,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
  };
}
