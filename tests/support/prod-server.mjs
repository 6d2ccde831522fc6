// Runs Mend's production server for the scripts that need a real one (crash test, benchmark, screenshots, Lighthouse):
// `node lib/cli/start.mjs` on a free loopback port with its own data folder, as the leader of its
// own process group so one signal reaches `next start` too.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server; `distDir` lets a script reuse a build (start.mjs rebuilds only when sources changed). */
export function startServer({ root, port, dataDir, distDir, logFile, env: extra = {} }) {
  const env = {
    ...process.env,
    PORT: String(port),
    MEND_DATA_DIR: dataDir,
    MEND_DIST_DIR: distDir,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    // Every simulated person comes from 127.0.0.1: the per-address sign-up allowance would stop the load.
    MEND_SIGNUPS_PER_HOUR: "100000",
  };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  delete env.MEND_REBUILD;
  // A caller may still name them (a shared PostgreSQL database and secret for several instances).
  Object.assign(env, extra);
  const out = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, ["lib/cli/start.mjs"], { cwd: root, env, detached: true, stdio: ["ignore", out, out] });
  fs.closeSync(out);
  return {
    child,
    pgid: child.pid,
    base: `http://127.0.0.1:${port}`,
    exited: new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal }))),
  };
}

export function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The processes in a group, for logs ("pid args"). */
export function groupMembers(pgid) {
  const ps = spawnSync("ps", ["-e", "-o", "pid=,pgid=,args="], { encoding: "utf8" });
  return ps.stdout
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, group]) => Number(group) === pgid)
    .map(([pid, , ...args]) => `${pid} ${args.join(" ").slice(0, 60)}`);
}

/** Signals the whole group and waits until it is gone (SIGKILL after 15 s). */
export async function killGroup(server, signal) {
  try {
    process.kill(-server.pgid, signal);
  } catch {
    // already gone
  }
  const deadline = Date.now() + 15_000;
  while (groupAlive(server.pgid) && Date.now() < deadline) await sleep(50);
  if (groupAlive(server.pgid)) {
    process.kill(-server.pgid, "SIGKILL");
    await sleep(1000);
    if (groupAlive(server.pgid)) throw new Error(`process group ${server.pgid} outlived SIGKILL: ${groupMembers(server.pgid).join("; ")}`);
  }
}

/** Resolves once /api/health answers 200; fails early if the server exits. */
export async function waitForHealth(server, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  server.exited.then((result) => (exited = result));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited before it was healthy (${JSON.stringify(exited)})`);
    try {
      const res = await fetch(`${server.base}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`no 200 from /api/health within ${timeoutMs / 1000}s`);
}

/**
 * Seeds the demo couple (`npm run seed:demo`) into the database of the server at `base`, whose data
 * folder is `dataDir`; returns the therapist link the seed printed.
 */
export function seedDemo({ root, dataDir, base }) {
  const env = { ...process.env, MEND_DATA_DIR: dataDir, NEXTAUTH_URL: base };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const seed = spawnSync(process.execPath, ["lib/cli/seed-demo.mjs"], { cwd: root, env, encoding: "utf8" });
  if (seed.status !== 0) throw new Error(`seed:demo failed:\n${seed.stderr}`);
  const share = /https?:\/\/\S+\/share\/[A-Za-z0-9_-]{43}/.exec(seed.stdout)?.[0];
  if (!share) throw new Error(`no therapist link in the seed's output:\n${seed.stdout}`);
  return share;
}

/**
 * The production server (the `.next-e2e` build, rebuilt only when the sources changed) on a
 * throwaway data folder, with the demo couple seeded (`npm run seed:demo`): for the screenshots and
 * Lighthouse scripts. Returns the server, its data folder and the therapist link the seed printed.
 */
export async function startDemoServer({ root, prefix }) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const port = await freePort();
  const logFile = path.join(dataDir, "server.log");
  console.log(`Starting Mend on port ${port} (building first if the sources changed; a few minutes)…`);
  const server = startServer({ root, port, dataDir, distDir: ".next-e2e", logFile });
  try {
    await waitForHealth(server, 900_000);
    let share;
    try {
      share = seedDemo({ root, dataDir, base: server.base });
    } catch (error) {
      throw new Error(`${error.message}\nServer log: ${logFile}`);
    }
    return { server, dataDir, logFile, share };
  } catch (error) {
    await killGroup(server, "SIGTERM");
    throw error;
  }
}

/**
 * Runs `work` (start a server on `distDir` and wait for it) while holding a lock file, so two test
 * files running in parallel never build the same folder at once: the first builds when the sources
 * changed, the next finds the build current. A lock left by a process that died is taken over.
 */
export async function withBuildLock(root, distDir, work, timeoutMs = 960_000) {
  const name = crypto.createHash("sha256").update(path.resolve(root, distDir)).digest("hex").slice(0, 16);
  const lock = path.join(os.tmpdir(), `mend-build-${name}.lock`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    let holder = 0;
    try {
      holder = Number(fs.readFileSync(lock, "utf8"));
    } catch {
      continue; // released meanwhile
    }
    if (holder > 0 && !pidAlive(holder)) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000}s for ${lock} (held by ${holder})`);
    await sleep(500);
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
