// `npm run bench`: throughput and latency of Mend's production server on this machine.
//
// Builds when needed (start.mjs reuses `.next-bench` while the sources are unchanged), starts the
// server on a throwaway data folder and a loopback port, seeds a couple with entries straight into
// the database, signs in through next-auth's real credentials endpoint, then drives load with
// autocannon from this (second) process. Prints a table, then one JSON line last.
// Figures, never pass/fail: speed is measured here, not asserted in tests.
//
// Env: BENCH_ROOT (checkout to measure, default this one), BENCH_CONNECTIONS=10, BENCH_SECONDS=10.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import autocannon from "autocannon";
import argon2 from "argon2";
import Database from "better-sqlite3";
import { freePort, killGroup, startServer, waitForHealth } from "../support/prod-server.mjs";

const ROOT = path.resolve(process.env.BENCH_ROOT || path.join(import.meta.dirname, "..", ".."));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const PASSWORD = "a calm long password";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-bench-"));
const logFile = path.join(dataDir, "server.log");

/** A couple (two partners) with a few shared entries, written the way the app stores them. */
async function seed(file) {
  const db = new Database(file);
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  const id = () => crypto.randomBytes(12).toString("hex");
  const now = Date.now();
  const [a, b, couple] = [id(), id(), id()];
  const email = `bench-${a}@example.test`;
  db.transaction(() => {
    const user = db.prepare("INSERT INTO User (id, email, name, passwordHash, updatedAt) VALUES (?, ?, ?, ?, ?)");
    user.run(a, email, "Alex", hash, now);
    user.run(b, `bench-${b}@example.test`, "Sam", hash, now);
    db.prepare("INSERT INTO Couple (id, name, updatedAt) VALUES (?, ?, ?)").run(couple, "Alex & Sam", now);
    // Seats are a column since migration 20261125190000 (BENCH_ROOT may be an older checkout).
    const seats = Boolean(db.prepare("SELECT 1 FROM pragma_table_info('Membership') WHERE name = 'seat'").get());
    const member = db.prepare(
      `INSERT INTO Membership (id, userId, coupleId, side${seats ? ", seat" : ""}) VALUES (?, ?, ?, ?${seats ? ", ?" : ""})`,
    );
    member.run(id(), a, couple, "involved", ...(seats ? [1] : []));
    member.run(id(), b, couple, "hurt", ...(seats ? [2] : []));
    const entry = db.prepare(
      "INSERT INTO Entry (id, coupleId, authorId, stageSlug, exerciseKey, kind, body, visibility, updatedAt) VALUES (?, ?, ?, 'new-memories', NULL, 'gratitude', ?, 'partner', ?)",
    );
    for (let i = 0; i < 20; i++) entry.run(id(), couple, i % 2 ? a : b, JSON.stringify({ text: `Thank you for the walk, ${i}` }), now);
  })();
  db.close();
  return email;
}

/** Signs in through next-auth's credentials callback and returns the session cookie. */
async function signIn(base, email) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `${base}/app`, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session.split(";")[0];
}

function load(url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function measure(name, url, headers) {
  // A short warm-up, so compiled routes and caches are not part of the figure.
  await new Promise((resolve, reject) => autocannon({ url, connections: 2, amount: 50, headers }, (e) => (e ? reject(e) : resolve())));
  const r = await load(url, headers);
  const bad = r.non2xx + r.errors + r.timeouts;
  return { name, reqPerSec: Math.round(r.requests.average), p50ms: r.latency.p50, p97_5ms: r.latency.p97_5, p99ms: r.latency.p99, bad };
}

async function main() {
  const port = await freePort();
  const server = startServer({ root: ROOT, port, dataDir, distDir: ".next-bench", logFile });
  try {
    await waitForHealth(server);
    const email = await seed(path.join(dataDir, "mend.db"));
    const cookie = await signIn(server.base, email);
    const dashboard = await fetch(`${server.base}/app`, { headers: { cookie }, redirect: "manual" });
    if (dashboard.status !== 200) throw new Error(`the signed-in dashboard answered ${dashboard.status}`);
    const rows = [await measure("health", `${server.base}/api/health`), await measure("dashboard", `${server.base}/app`, { cookie })];
    console.log(`\nMend benchmark — ${os.cpus().length} cores, ${CONNECTIONS} connections, ${SECONDS} s each, ${ROOT}`);
    console.log("route        req/s    p50 ms  p97.5 ms  p99 ms  non-2xx/errors");
    for (const r of rows)
      console.log(
        `${r.name.padEnd(12)} ${String(r.reqPerSec).padStart(6)} ${String(r.p50ms).padStart(9)} ${String(r.p97_5ms).padStart(9)} ${String(r.p99ms).padStart(7)} ${String(r.bad).padStart(8)}`,
      );
    console.log(JSON.stringify({ bench: "mend", cores: os.cpus().length, connections: CONNECTIONS, seconds: SECONDS, routes: rows }));
  } catch (error) {
    console.error(`bench failed: ${error.message}\nLast lines of the server log:`);
    console.error(fs.readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n"));
    process.exitCode = 1;
  } finally {
    await killGroup(server, "SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
