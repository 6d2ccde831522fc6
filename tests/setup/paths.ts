import path from "node:path";

// One folder per test run (MEND_TEST_RUN is set once in vitest.config.mts), so runs never share files.
const RUN = process.env.MEND_TEST_RUN ?? String(process.pid);
export const TMP_DIR = path.resolve(__dirname, "..", ".tmp", `run-${RUN}`);
export const BASE_DB = path.join(TMP_DIR, "base.db");
export const ROOT = path.resolve(__dirname, "..", "..");

/** A PostgreSQL server to test against instead of SQLite (`npm run test:postgres` sets it), as its admin URL. */
export const PG_ADMIN_URL = process.env.MEND_TEST_POSTGRES_URL || null;
/** Every database of this run starts with this, so teardown finds them. */
export const pgTestPrefix = `mend_test_${RUN}_`;
export const pgBaseDatabase = `${pgTestPrefix}base`;
export function pgDatabaseUrl(database: string) {
  const url = new URL(PG_ADMIN_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}
