// `npm run test:postgres`: the whole Vitest integration suite against a throwaway PostgreSQL server
// (tests/setup gives each test file its own database from a migrated template), then the
// two-instance test (tests/postgres/two-instances.mjs). Extra arguments go to Vitest.
import { spawnSync } from "node:child_process";
import { startPostgres } from "./pg-server.mjs";

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
  const vitest = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", ...(args.length ? args : ["tests/integration"])], {
    stdio: "inherit",
    env,
  });
  status = vitest.status ?? 1;
  if (status === 0 && !args.length) {
    const twoInstances = spawnSync(process.execPath, ["tests/postgres/two-instances.mjs"], { stdio: "inherit", env });
    status = twoInstances.status ?? 1;
  }
} finally {
  stop();
}
process.exit(status);
