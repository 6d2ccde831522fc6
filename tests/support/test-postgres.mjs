// `npm run test:postgres`: the whole Vitest integration suite against a throwaway PostgreSQL server
// (tests/setup gives each test file its own database from a migrated template), then the
// two-instance test (tests/postgres/two-instances.mjs). Extra arguments go to Vitest.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { startPostgres } from "./pg-server.mjs";

/**
 * Integration files that test nothing a database changes: the SQLite run (`npx vitest run`) covers them,
 * and running them again here only costs time. Each says why. A file that checks anything stored through
 * Prisma (queries, transactions, counters, cascades) stays in this phase.
 */
const NOT_ON_POSTGRES = {
  "authz-matrix.test.ts": "skips itself here: its snapshot reads SQLite's PRAGMA table_info",
  "fuzz.test.ts": "skips itself here: its write log is TEMP triggers on SQLite's single connection",
  "erased-on-disk.test.ts": "skips itself here: reads the bytes of the SQLite file and its -wal",
  "http-server.test.ts": "skips itself here: Mend's HTTP server in front of Next, on its own SQLite data dir",
  "workers.test.ts": "skips itself here: two server processes behind one port, on their own SQLite data dir",
  "dashboard-statements.test.ts": "skips itself here: a production server's statements for one page, on its own SQLite data dir",
  "local-state.test.ts": "the data folder's permissions and the build hash; never opens the test database",
  "migrations.test.ts": "a SQLite migration's SQL on an in-memory SQLite database",
  "migrations-drift.test.ts": "already checks both databases' migrations in the SQLite run (it starts its own PostgreSQL)",
  "cookies.test.ts": "cookie names and HSTS from the configuration; no database",
  "model-classification.test.ts": "the generated client's model list against two tables in code; no database",
};

// A renamed or deleted file must leave this list too, or it would quietly skip its successor.
const stale = Object.keys(NOT_ON_POSTGRES).filter((file) => !fs.existsSync(`tests/integration/${file}`));
if (stale.length) {
  console.error(`NOT_ON_POSTGRES in tests/support/test-postgres.mjs names files that do not exist: ${stale.join(", ")}`);
  process.exit(1);
}

const server = await startPostgres({ log: (line) => console.log(line) });
let status = 0;
const stop = () => server.stop();
process.on("SIGINT", () => {
  stop();
  process.exit(130);
});
try {
  const env = { ...process.env, MEND_TEST_POSTGRES_URL: server.url(), NEXT_TELEMETRY_DISABLED: "1" };
  const args = process.argv.slice(2);
  const skipped = Object.keys(NOT_ON_POSTGRES).flatMap((file) => ["--exclude", `**/tests/integration/${file}`]);
  if (!args.length) console.log(`Not run on PostgreSQL (the SQLite run covers them): ${Object.keys(NOT_ON_POSTGRES).join(", ")}`);
  const vitest = spawnSync(
    process.execPath,
    ["node_modules/vitest/vitest.mjs", "run", ...(args.length ? args : ["tests/integration", ...skipped])],
    {
      stdio: "inherit",
      env,
    },
  );
  status = vitest.status ?? 1;
  if (status === 0 && !args.length) {
    const twoInstances = spawnSync(process.execPath, ["tests/postgres/two-instances.mjs"], { stdio: "inherit", env });
    status = twoInstances.status ?? 1;
  }
} finally {
  stop();
}
process.exit(status);
