// `npm start` (production) and `npm run dev`: first-run setup, migrations, a production
// build when none exists or the sources changed since it was made, then serve on PORT
// (default 3000).
import { spawn } from "node:child_process";
import {
  fail,
  checkResourcesFile,
  prepareEnvironment,
  migrateIfPending,
  run,
  nextBin,
  hasBuild,
  buildInputsHash,
  buildReason,
  readBuildHash,
  writeBuildHash,
} from "./setup.mjs";
import { prepareSealing, refuseWrongKey } from "./sealing.mjs";
import { serveWithWorkers, serverNodeFlags, workerCount } from "./workers.mjs";

const dev = process.argv.includes("--dev");
// First, before anything creates a file: sets umask 077 (inherited by the build and the
// server, so the database, its -wal/-shm files and the secret are created private) and
// tightens a data folder an older version left readable by other local users.
prepareEnvironment();
checkResourcesFile();
// MEND_WORKERS: one server process per core asked for, behind this port (lib/cli/workers.mjs),
// checked before anything is built. The development server compiles on demand and stays one process.
let workers = 1;
try {
  workers = workerCount(process.env.MEND_WORKERS);
} catch (error) {
  fail(error.message);
}
// Sealed at rest (decision 014): a wrong or missing data key refuses the start before anything is
// written; then the migrations, when one is pending (`prisma migrate deploy` can't run on a SQLite
// file another program has open, and a current database needs nothing); then whatever is still
// plain is sealed and the canary written. (MEND_BENCH_UNSEALED=1, the benchmark's unsealed
// comparison, leaves the words as they are.)
const unsealed = process.env.MEND_BENCH_UNSEALED === "1";
async function prepareDatabase(url) {
  const wrongKey = await refuseWrongKey(url);
  if (wrongKey) return wrongKey;
  await migrateIfPending(url);
  return unsealed ? null : await prepareSealing(url);
}
const refusal = await prepareDatabase(process.env.DATABASE_URL);
if (refusal) {
  console.error(`Mend did not start. ${refusal}`);
  process.exit(1);
}

if (!dev) {
  // Hashed before building: a file edited during the build makes the next start rebuild.
  const currentHash = buildInputsHash();
  const reason = buildReason({ built: hasBuild(), storedHash: readBuildHash(), currentHash, forced: process.env.MEND_REBUILD === "1" });
  if (reason) {
    console.log(`Building Mend: ${reason}...`);
    run(process.execPath, [nextBin, "build"]);
    writeBuildHash(currentHash);
  }
}

const port = process.env.PORT || "3000";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
// Our own server around Next's handler (lib/cli/server.mjs), so throttling sees the connection's address.
process.env.PORT = port;
process.env.NODE_ENV = dev ? "development" : "production";
// The heap limit, and MEND_CPU_PROFILE=<folder> (`npm run bench -- --profile`): a V8 CPU profile
// written there when the server stops; with MEND_BENCH_HEAP_SNAPSHOT=1 (the bench's, loopback only:
// lib/server/env.ts), a heap snapshot there on SIGUSR2 too, which holds opened words in the clear.
const nodeFlags = serverNodeFlags({
  nodeOptions: process.env.NODE_OPTIONS,
  dev,
  profileDir: process.env.MEND_CPU_PROFILE || null,
  heapSnapshot: process.env.MEND_BENCH_HEAP_SNAPSHOT === "1",
});
const serverArgs = dev ? ["--dev"] : [];

if (dev && workers > 1)
  console.log(`Mend: MEND_WORKERS=${process.env.MEND_WORKERS} applies to \`npm start\`; the development server runs as one process.`);
if (!dev && workers > 1) {
  const code = await serveWithWorkers({ count: workers, exec: "lib/cli/server.mjs", args: serverArgs, execArgv: nodeFlags });
  process.exit(code);
} else {
  const server = spawn(process.execPath, [...nodeFlags, "lib/cli/server.mjs", ...serverArgs], {
    stdio: "inherit",
    env: process.env,
  });
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => {
      stopping = true;
      server.kill(signal);
    });
  // Stopped by a signal we did not pass on (V8 out of memory aborts, a kill from outside): a
  // failure, so a supervisor that restarts on failure starts Mend again.
  server.on("exit", (code, signal) => {
    if (code === null && !stopping) console.error(`Mend: the server process stopped (${signal}); Mend is not running.`);
    process.exit(code ?? (stopping ? 0 : 1));
  });
}
