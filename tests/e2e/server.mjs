// Starts Mend for the e2e suite: a production build in its own folder (so a running `npm start` is
// untouched), rebuilt when a hash of its sources differs (the integration suite's HTTP test may have
// built the same sources already), a throwaway data dir, committed migrations, then `next start`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-e2e-"));
process.env.MEND_DATA_DIR = dataDir;
process.env.MEND_DIST_DIR = ".next-e2e";
delete process.env.MEND_REBUILD;
delete process.env.DATABASE_URL;
delete process.env.NEXTAUTH_SECRET;
process.env.NEXTAUTH_URL = `http://127.0.0.1:${process.env.PORT}`;
// Every spec signs up from 127.0.0.1; the per-address sign-up limit is tested in tests/integration/throttle.test.ts.
process.env.MEND_SIGNUPS_PER_HOUR = "100000";
// Cheap argon2 parameters (lib/server/auth/password.ts): sign-ups and sign-ins are most of what the specs do.
// lib/server/env.ts refuses this unless NEXTAUTH_URL is on this computer, as it is here.
process.env.MEND_TEST_PASSWORD_HASHING ??= "fast";
// Two server processes behind the port (MEND_WORKERS, decision 015): every two-partner spec then
// runs with the partners' requests landing on either process, so whatever must be shared has to
// live in the database. One process, the default, is what the crash test's first run, the HTTP
// server test and the screenshots use.
process.env.MEND_WORKERS ??= "2";

// Tests that inspect the database (tests/e2e/share-guard.spec.ts) find it through this file, one per port
// so concurrent runs don't mix.
const dataDirNote = path.join(os.tmpdir(), `mend-e2e-${process.env.PORT}.datadir`);
fs.writeFileSync(dataDirNote, dataDir);

const child = spawn(process.execPath, ["lib/cli/start.mjs"], { stdio: "inherit", env: process.env });
const cleanup = () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(dataDirNote, { force: true });
};
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on("exit", (code) => {
  cleanup();
  process.exit(code ?? 0);
});
