// Crash safety: no acknowledged write is ever lost.
//
// Starts the production server (`node lib/cli/start.mjs`, reusing the e2e build in .next-e2e
// when its sources are unchanged) on a free port with a throwaway data folder, drives concurrent
// sign-ups through real HTTP requests, kills the whole server process group with SIGKILL while
// writes are in flight, restarts it on the same data folder, and checks that every sign-up the
// server acknowledged is in the database and that SQLite's integrity check says "ok".
//
// The write is the real sign-up server action, posted the way the browser's sign-up form posts it
// (a React Server Action request: `Next-Action` header, the arguments encoded as multipart form
// data). The action id is the one the build gave signUpAction, and the script checks that the
// JavaScript the /signup page loads carries that same id.
//
// `--workers 2` runs the server as two processes behind one port (MEND_WORKERS, lib/cli/workers.mjs):
// the kill then takes both in the middle of their writes; `npm run test:crash` runs it both ways.
//
// Usage: npm run test:crash   (CRASH_WRITERS=50, CRASH_KILL_AFTER_ACKS=2×writers, CRASH_KILL_AFTER_MS=60000,
// CRASH_KEEP=1 keeps the data folder)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import Database from "better-sqlite3";
import {
  freePort,
  groupMembers,
  killGroup as killServerGroup,
  sleep,
  startServer as startProdServer,
  waitForHealth,
} from "../support/prod-server.mjs";

// React's own encoder for server action arguments, the one Next's client runtime uses in the browser.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node");

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const DIST_DIR = ".next-e2e";
const WRITERS = Number(process.env.CRASH_WRITERS || 50);
// The kill comes once this many writes were acknowledged (argon2 makes a sign-up cost about 100 ms
// of CPU), or after this long under load, whichever is first.
const KILL_AFTER_ACKS = Number(process.env.CRASH_KILL_AFTER_ACKS || 2 * WRITERS);
const KILL_AFTER_MS = Number(process.env.CRASH_KILL_AFTER_MS || 60_000);
const START_TIMEOUT_MS = 240_000; // covers a first build when none exists
const REQUEST_TIMEOUT_MS = 30_000;
const PASSWORD = "a calm long password";
const workersArg = process.argv.indexOf("--workers");
const SERVER_PROCESSES = workersArg > 0 ? Number(process.argv[workersArg + 1]) : 1;
if (!(SERVER_PROCESSES >= 1)) throw new Error("--workers takes a number of server processes, like --workers 2");

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const log = (line) => console.log(`[crash ${elapsed()}] ${line}`);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-crash-"));
const logFile = path.join(dataDir, "server.log");
const servers = new Set();
function startServer(port) {
  const env = SERVER_PROCESSES > 1 ? { MEND_WORKERS: String(SERVER_PROCESSES) } : {};
  const server = startProdServer({ root: ROOT, port, dataDir, distDir: DIST_DIR, logFile, env });
  servers.add(server);
  return server;
}
async function killGroup(server, signal) {
  await killServerGroup(server, signal);
  servers.delete(server);
}

// ---- the write: the sign-up server action, as the browser posts it ------------------------

/** signUpAction's id from the build, confirmed against the JavaScript the /signup page loads. */
async function signUpActionId(base) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, DIST_DIR, "server", "server-reference-manifest.json"), "utf8"));
  const candidates = Object.entries(manifest.node)
    .filter(([, entry]) => entry.exportedName === "signUpAction" && Object.keys(entry.workers).some((w) => w.includes("signup")))
    .map(([id]) => id);
  if (candidates.length !== 1) throw new Error(`expected one signUpAction in the server reference manifest, found ${candidates.length}`);
  const [id] = candidates;
  const html = await (await fetch(`${base}/signup`)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]);
  for (const src of scripts) {
    const js = await (await fetch(new URL(src, base))).text();
    if (js.includes(id)) return id;
  }
  throw new Error(`the /signup page's scripts (${scripts.length}) do not carry signUpAction's id ${id}`);
}

/**
 * One sign-up as the form sends it: `signUpAction(null, formData)` from useActionState, the
 * arguments encoded by React's encodeReply (multipart), posted to the page with `Next-Action`.
 * Acknowledged means HTTP 200 with the action's result `{ ok: true }` in the RSC payload.
 */
async function signUp(base, actionId, email) {
  const form = new FormData();
  form.append("name", "Crash Test");
  form.append("email", email);
  form.append("password", PASSWORD);
  const body = await encodeReply([null, form]);
  const res = await fetch(`${base}/signup`, {
    method: "POST",
    headers: { "Next-Action": actionId, Accept: "text/x-component", Origin: base },
    body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  if (res.status !== 200) return { ok: false, detail: `HTTP ${res.status}` };
  // RSC rows: `<id>:<json>`; the action's return value is one of them.
  for (const line of text.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith("{")) continue;
    try {
      const value = JSON.parse(json);
      if (value && value.ok === true) return { ok: true };
      if (value && value.ok === false) return { ok: false, detail: JSON.stringify(value) };
    } catch {
      // not a JSON row
    }
  }
  return { ok: false, detail: `no action result in: ${text.slice(0, 200)}` };
}

// ---- the run --------------------------------------------------------------------------------

async function main() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(`data folder ${dataDir}, port ${port}, build ${DIST_DIR}, ${SERVER_PROCESSES} server process(es)`);

  let server = startServer(port);
  await waitForHealth(server, START_TIMEOUT_MS);
  log("server healthy");

  const actionId = await signUpActionId(base);
  const probe = `crash-probe-${process.pid}@example.test`;
  const first = await signUp(base, actionId, probe);
  if (!first.ok) throw new Error(`a single sign-up was not acknowledged: ${first.detail}`);
  const acked = [probe];
  log(`signUpAction ${actionId.slice(0, 12)}… acknowledged a first sign-up; starting ${WRITERS} writers`);

  let killed = false;
  let attempted = 1;
  let inFlight = 0;
  let inFlightAtKill = 0;
  const refused = [];
  let throttled = 0;
  const loadStarted = Date.now();
  const writer = async (w) => {
    for (let n = 0; !killed; n++) {
      const email = `crash-${process.pid}-w${w}-n${n}@example.test`;
      attempted++;
      inFlight++;
      try {
        const result = await signUp(base, actionId, email);
        // An answer that arrives as the kill lands still counts: it was acknowledged.
        if (result.ok) acked.push(email);
        // Back-pressure (the cap on concurrent password hashes) is an honest "not saved": back off, go on.
        else if (/try again in a moment/.test(result.detail)) {
          throttled++;
          await sleep(50);
        } else if (!killed) refused.push(result.detail);
      } catch {
        // connection reset by the kill, or a timeout: not acknowledged, no promise made
      } finally {
        inFlight--;
      }
    }
  };
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));

  while (Date.now() - loadStarted < KILL_AFTER_MS && acked.length < KILL_AFTER_ACKS && refused.length === 0) await sleep(20);
  inFlightAtKill = inFlight;
  const ackedAtKill = acked.length;
  const members = groupMembers(server.pgid);
  killed = true;
  await killGroup(server, "SIGKILL");
  log(
    `SIGKILL to the server's process group after ${Date.now() - loadStarted} ms, ${ackedAtKill} acknowledged, ${inFlightAtKill} in flight`,
  );
  for (const member of members) log(`  killed ${member}`);
  // The process that serves HTTP (lib/cli/server.mjs, Next's handler inside) must be among the killed.
  const httpServers = members.filter((m) => m.includes("lib/cli/server.mjs")).length;
  if (httpServers !== SERVER_PROCESSES)
    throw new Error(
      `expected ${SERVER_PROCESSES} HTTP server process(es) in the killed group, found ${httpServers}: ${members.join("; ")}`,
    );
  await Promise.all(writers);
  if (refused.length) throw new Error(`the server refused writes before the kill: ${refused.slice(0, 3).join("; ")}`);

  server = startServer(port);
  await waitForHealth(server, START_TIMEOUT_MS);
  log("restarted on the same data folder, healthy");

  // Straight from the file, read-only, after the restarted server has opened (and recovered) it.
  const db = new Database(path.join(dataDir, "mend.db"), { readonly: true, fileMustExist: true });
  const emails = new Set(db.prepare("SELECT email FROM User").pluck().all());
  const integrity = db.prepare("PRAGMA integrity_check").pluck().all().join("; ");
  db.close();
  const missing = acked.filter((email) => !emails.has(email));

  // And through the app: the restarted server still accepts writes on the recovered database.
  // (Asks for the id again: if the sources changed meanwhile, the restart rebuilt with new ids.)
  const after = await signUp(base, await signUpActionId(base), `crash-after-${process.pid}@example.test`);
  await killGroup(server, "SIGTERM");

  const summary = {
    serverProcesses: SERVER_PROCESSES,
    writers: WRITERS,
    attempted,
    throttled,
    acknowledged: acked.length,
    inFlightAtKill,
    foundAfterRestart: acked.length - missing.length,
    missing: missing.length,
    usersInDatabase: emails.size,
    integrity,
    writeAfterRestart: after.ok ? "ok" : after.detail,
    seconds: Number(((Date.now() - started) / 1000).toFixed(1)),
  };
  console.log("\nCrash test summary");
  for (const [key, value] of Object.entries(summary)) console.log(`  ${key.padEnd(18)} ${value}`);

  const failures = [];
  if (acked.length < WRITERS) failures.push(`only ${acked.length} writes were acknowledged; the test proved too little`);
  if (inFlightAtKill === 0) failures.push("no write was in flight at the kill");
  if (missing.length) failures.push(`${missing.length} acknowledged writes are missing, e.g. ${missing.slice(0, 3).join(", ")}`);
  if (integrity !== "ok") failures.push(`integrity_check: ${integrity}`);
  if (!after.ok) failures.push(`a write after the restart failed: ${after.detail}`);
  return failures;
}

async function cleanup() {
  for (const server of [...servers]) await killGroup(server, "SIGKILL");
  if (process.env.CRASH_KEEP === "1") log(`kept ${dataDir}`);
  else fs.rmSync(dataDir, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await cleanup();
    process.exit(130);
  });
}

let failures;
try {
  failures = await main();
} catch (error) {
  failures = [error.message];
  try {
    const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n");
    console.error(`\nLast lines of the server log:\n${tail}`);
  } catch {
    // no log yet
  }
}
await cleanup();
if (failures.length) {
  console.error(`\nCRASH TEST FAILED (${elapsed()}):\n  - ${failures.join("\n  - ")}`);
  process.exit(1);
}
console.log(`\nCRASH TEST PASSED: every acknowledged write survived kill -9 (${elapsed()})`);
