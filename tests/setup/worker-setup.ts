import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { BASE_DB, PG_ADMIN_URL, TMP_DIR, pgBaseDatabase, pgDatabaseUrl, pgTestPrefix } from "./paths";

// Runs before each test file: a private copy of the migrated database, so files are isolated and
// can run in parallel against a real SQLite file (or a real PostgreSQL database, from the template).
const id = `${process.pid}_${crypto.randomBytes(4).toString("hex")}`;
if (PG_ADMIN_URL) {
  const database = `${pgTestPrefix}${id}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${pgBaseDatabase}"`);
  await admin.end();
  process.env.DATABASE_URL = pgDatabaseUrl(database);
  // PostgreSQL takes its data key from the environment only (decision 014): one per run, as a practice would set it.
  process.env.MEND_DATA_KEY ??= crypto.createHash("sha256").update(`mend test data key ${pgTestPrefix}`).digest("base64");
} else {
  const file = path.join(TMP_DIR, `test-${id}.db`);
  fs.copyFileSync(BASE_DB, file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.NEXTAUTH_SECRET ??= "test-secret-" + "x".repeat(40);
process.env.MEND_DATA_DIR = TMP_DIR;
