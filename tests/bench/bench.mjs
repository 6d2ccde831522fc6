// `npm run bench [-- --postgres]`: throughput, latency, scale, client JS and memory of Mend's
// production server on this machine (issue 14's metrics).
//
// Builds when needed (start.mjs reuses `.next-bench` while the sources are unchanged), starts the
// server on a throwaway database (a SQLite file, or with --postgres a throwaway PostgreSQL server
// from the installed binaries), seeds lived-in couples straight into the database, signs in
// through next-auth's real credentials endpoint, then drives load from this (second) process on
// loopback. Prints a table, then ONE JSON line last. Figures, never pass/fail: speed is measured
// here, not asserted in tests. Throughput targets are ratios to the same run's health floor.
// Beside them, the framework's own floor for a page in the same run: the not-found page (no data,
// no session) and the marketing page for a signed-in visitor (only the session check's reads).
// Every page renders per request (its CSP nonce), so no page can be cheaper than these. And the
// statements one dashboard and one check-in save run (MEND_LOG_QUERIES): figures noise can't move.
// And sealing's cost (issue 24): the dashboard and writes on a server with sealing off
// (MEND_BENCH_UNSEALED=1), against the sealed server's, in the same run; and, since those two
// throughputs differ by less than their noise, counted: values sealed and opened per request
// (MEND_LOG_QUERIES) times the microseconds each takes. And every core (issue 26): the dashboard
// with MEND_WORKERS=<cores> against one process, in alternating turns, and the writers on it.
//
// `--profile`: the server also writes a V8 CPU profile of the whole run into bench-profiles/ (open it
// in Chrome DevTools' Performance panel, or https://www.speedscope.app), and a heap snapshot after
// the timed runs (DevTools' Memory panel); the bench prints what the snapshot holds, grouped.
//
// Env: BENCH_ROOT (checkout to measure), BENCH_CONNECTIONS=10, BENCH_SECONDS=10, BENCH_WRITERS=50,
//      BENCH_SCALE_COUPLES=10000, BENCH_DAYS=365, BENCH_WORKERS=<cores, at least 2>.
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import argon2 from "argon2";
import Database from "better-sqlite3";
import pg from "pg";
import { startPostgres } from "../support/pg-server.mjs";
import { freePort, killGroup, sleep, startServer, waitForHealth } from "../support/prod-server.mjs";
import { summariseHeapSnapshot } from "./heap-summary.mjs";
import { openDatabase as openSealingDatabase, sealExisting } from "../../lib/cli/sealing.mjs";
import { loadDataKeys } from "../../lib/local-state.mjs";
import { keyring, newKey, open, seal } from "../../lib/crypto/seal.mjs";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../../lib/cli/seed-demo.mjs";

const ROOT = path.resolve(process.env.BENCH_ROOT || path.join(import.meta.dirname, "..", ".."));
const POSTGRES = process.argv.includes("--postgres");
const PROFILE_DIR = process.argv.includes("--profile") ? path.join(ROOT, "bench-profiles") : null;
if (PROFILE_DIR) fs.mkdirSync(PROFILE_DIR, { recursive: true });
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const WRITERS = Number(process.env.BENCH_WRITERS || 50);
const SCALE_COUPLES = Number(process.env.BENCH_SCALE_COUPLES || 10_000);
const DAYS = Number(process.env.BENCH_DAYS || 365);
const BASE_COUPLES = 10;
// Server processes for the every-core comparison (MEND_WORKERS, decision 015): one per core, at least 2.
const WORKERS = Math.max(2, Number(process.env.BENCH_WORKERS || os.availableParallelism()));
const PASSWORD = "a calm long password";
const DIST = ".next-bench";
const MOODS = ["calm", "hopeful", "okay", "tired", "anxious", "sad"];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-bench-"));
// PostgreSQL takes its data key from the environment (decision 014); SQLite's is generated into dataDir/keys.
const DATA_KEY = POSTGRES ? crypto.randomBytes(32).toString("base64") : undefined;
/** How much lower `sealed` req/s is than `unsealed`, in percent (one decimal). */
const costPct = (sealed, unsealed) => (unsealed ? Math.round((1 - sealed / unsealed) * 1000) / 10 : null);
const logFile = path.join(dataDir, "server.log");
const newId = () => `b${crypto.randomBytes(12).toString("hex")}`;
const day = (offset) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);

// ---- One way to write rows into either database ------------------------------------------------

/** Inserts `rows` (arrays in `columns` order) in bulk. */
async function openStore(databaseUrl) {
  if (!POSTGRES) {
    const db = new Database(databaseUrl.slice("file:".length));
    db.pragma("journal_mode = WAL");
    // As @prisma/adapter-better-sqlite3 writes DateTime columns, so the app compares alike.
    const value = (v) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : v);
    return {
      async insert(table, columns, rows) {
        const statement = db.prepare(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
        );
        db.transaction(() => {
          for (const row of rows) statement.run(...row.map(value));
        })();
      },
      async close() {
        // Settle after the bulk load, as a running database would be: the WAL folded back in, statistics fresh.
        db.pragma("wal_checkpoint(TRUNCATE)");
        db.exec("ANALYZE");
        db.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    async insert(table, columns, rows) {
      // One statement per 2,000 rows: unnest() of one array per column.
      const types = await client.query(
        "SELECT column_name, CASE WHEN data_type = 'timestamp without time zone' THEN 'timestamp' ELSE data_type END AS type FROM information_schema.columns WHERE table_name = $1",
        [table],
      );
      const typeOf = Object.fromEntries(types.rows.map((r) => [r.column_name, r.type]));
      for (let start = 0; start < rows.length; start += 2000) {
        const chunk = rows.slice(start, start + 2000);
        const arrays = columns.map((_, i) => chunk.map((row) => row[i]));
        const casts = columns.map((c, i) => `$${i + 1}::${typeOf[c]}[]`).join(", ");
        await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${casts})`, arrays);
      }
    },
    async close() {
      // Settle after the bulk load, as autovacuum would: fresh statistics for the planner.
      await client.query("ANALYZE");
      await client.end();
    },
  };
}

/**
 * Couples with two partners each, `days` days of check-ins (both partners: `bothPartners`, else
 * one a day, alternating), and a few shared entries. Returns the partners' emails.
 */
async function seedCouples(store, { couples, days, hash, bothPartners, entries = 0 }) {
  const now = new Date();
  const emails = [];
  const batch = 500;
  for (let first = 0; first < couples; first += batch) {
    const users = [];
    const coupleRows = [];
    const members = [];
    const checkIns = [];
    const entryRows = [];
    for (let c = first; c < Math.min(couples, first + batch); c++) {
      const [a, b, couple] = [newId(), newId(), newId()];
      for (const [user, name] of [
        [a, "Alex"],
        [b, "Sam"],
      ]) {
        const email = `bench-${user}@example.test`;
        emails.push(email);
        users.push([user, email, name, hash, now]);
      }
      coupleRows.push([couple, "Alex & Sam", now]);
      members.push([newId(), a, couple, "involved", 1], [newId(), b, couple, "hurt", 2]);
      for (let d = 0; d < days; d++) {
        const authors = bothPartners ? [a, b] : [d % 2 ? a : b];
        for (const author of authors) {
          const at = new Date(now.getTime() - d * 86_400_000);
          checkIns.push([
            newId(),
            couple,
            author,
            day(d),
            "UTC",
            (d * 7) % 11,
            (d * 3) % 11,
            MOODS[d % MOODS.length],
            "",
            "private",
            at,
            at,
          ]);
        }
      }
      for (let i = 0; i < entries; i++) {
        entryRows.push([
          newId(),
          couple,
          i % 2 ? a : b,
          "new-memories",
          null,
          "gratitude",
          JSON.stringify({ text: `Thank you for the walk, ${i}` }),
          "partner",
          now,
        ]);
      }
    }
    await store.insert("User", ["id", "email", "name", "passwordHash", "updatedAt"], users);
    await store.insert("Couple", ["id", "name", "updatedAt"], coupleRows);
    await store.insert("Membership", ["id", "userId", "coupleId", "side", "seat"], members);
    await store.insert(
      "CheckIn",
      [
        "id",
        "coupleId",
        "authorId",
        "localDate",
        "timeZone",
        "trust",
        "closeness",
        "mood",
        "note",
        "noteVisibility",
        "createdAt",
        "updatedAt",
      ],
      checkIns,
    );
    if (entryRows.length)
      await store.insert(
        "Entry",
        ["id", "coupleId", "authorId", "stageSlug", "exerciseKey", "kind", "body", "visibility", "updatedAt"],
        entryRows,
      );
  }
  return emails;
}

// ---- HTTP --------------------------------------------------------------------------------------

/** Signs in through next-auth's credentials callback and returns the session cookie. */
async function signIn(base, email, password = PASSWORD) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/app`, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed (${res.status}): ${await res.text()}`);
  return session.split(";")[0];
}

function load(url, headers = {}, seconds = SECONDS) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: seconds, headers }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function measure(name, url, headers, seconds = SECONDS) {
  // A warm-up at full load (2 s), so compiled routes, the JIT, the pool and the database's caches are
  // not part of the figure: the sealing comparison measures servers just (re)started against warm ones.
  await new Promise((resolve, reject) =>
    autocannon({ url, connections: CONNECTIONS, duration: 2, headers }, (e) => (e ? reject(e) : resolve())),
  );
  const r = await load(url, headers, seconds);
  const bad = r.non2xx + r.errors + r.timeouts;
  return {
    name,
    reqPerSec: Math.round(r.requests.average),
    p50ms: r.latency.p50,
    p95ms: percentileFromHistogram(r, 95),
    p99ms: r.latency.p99,
    bad,
  };
}

/** autocannon reports p90 and p97.5, not p95: interpolate between them (ms). */
function percentileFromHistogram(r, p) {
  const { p90, p97_5: p975 } = r.latency;
  return Math.round((p90 + ((p - 90) / 7.5) * (p975 - p90)) * 10) / 10;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** A server action's id, from the build's server-reference manifest (read once). */
let actionManifest;
function actionId(exportName, file) {
  const manifest = (actionManifest ??= JSON.parse(
    fs.readFileSync(path.join(ROOT, DIST, "server", "server-reference-manifest.json"), "utf8"),
  ));
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportName && (v.filename ?? "").includes(file));
  if (!found) throw new Error(`no server action ${exportName} in the build`);
  return found[0];
}

/** Saves today's check-in as the partner signed in with `cookie`, through the form's server action. */
async function saveCheckIn(base, cookie, n) {
  const form = new FormData();
  for (const [k, v] of Object.entries({
    localDate: day(0),
    trust: String(n % 11),
    closeness: "6",
    mood: "calm",
    note: `bench ${n}`,
    noteVisibility: "private",
    timeZone: "UTC",
  }))
    form.append(`_1_${k}`, v); // React encodeReply: a FormData argument travels as "_<part>_<field>"
  // The arguments (prevState, formData) last, as React's encodeReply sends them: the server resolves "$K1" when "0" arrives.
  form.append("0", JSON.stringify([null, "$K1"]));
  const res = await fetch(`${base}/app/check-in`, {
    method: "POST",
    headers: { cookie, "next-action": actionId("saveCheckInAction", "check-in/actions"), accept: "text/x-component", origin: base },
    body: form,
  });
  const text = await res.text();
  return { status: res.status, text, ok: res.status < 300 && text.includes('"ok":true') };
}

/**
 * WRITERS distinct partners each save today's check-in in a loop for SECONDS, through the real
 * server action (as the form posts it). Any non-2xx answer or answer without ok counts as an error.
 */
async function measureWrites(base, cookies, seconds = SECONDS) {
  const latencies = [];
  let errors = 0;
  let deadline = 0;
  const once = async (cookie, n) => {
    const started = performance.now();
    try {
      const { status, text, ok } = await saveCheckIn(base, cookie, n);
      latencies.push(performance.now() - started);
      if (!ok) {
        errors++;
        if (errors <= 3) console.error(`write answered ${status}: ${text.slice(0, 200)}`);
      }
    } catch (error) {
      errors++;
      if (errors <= 3) console.error(`write failed: ${error.message}`);
    }
  };
  // Warm-up: three saves each (the first save of a day creates rows the later ones only update).
  for (let round = 0; round < 3; round++) await Promise.all(cookies.map((cookie, i) => once(cookie, i)));
  latencies.length = 0;
  errors = 0;
  const started = Date.now();
  deadline = started + seconds * 1000;
  await Promise.all(
    cookies.map(async (cookie, i) => {
      for (let n = i; Date.now() < deadline; n += cookies.length) await once(cookie, n);
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name: `write×${cookies.length}`,
    reqPerSec: Math.round(latencies.length / elapsed),
    p50ms: Math.round(percentile(latencies, 50)),
    p95ms: Math.round(percentile(latencies, 95)),
    p99ms: Math.round(percentile(latencies, 99)),
    bad: errors,
  };
}

/** What a file gained since `offset` bytes. */
function readFrom(file, offset) {
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(Math.max(0, fs.fstatSync(fd).size - offset));
    fs.readSync(fd, buffer, 0, buffer.length, offset);
    return buffer.toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Statements a server started with MEND_LOG_QUERIES=1 ran for one request: the `mend:query` lines
 * its log gained meanwhile. The fewest of three tries, so a background job's statement doesn't count.
 */
async function statementsFor(log, request) {
  const counts = [];
  for (let i = 0; i < 3; i++) {
    await sleep(200);
    const before = fs.statSync(log).size;
    await request();
    await sleep(200);
    const lines = readFrom(log, before).split("\n");
    const count = (prefix) => lines.filter((line) => line.startsWith(prefix)).length;
    counts.push({ statements: count("mend:query "), opened: count("mend:opened"), sealed: count("mend:sealed") });
  }
  return counts.reduce((least, c) => (c.statements < least.statements ? c : least));
}

/** Microseconds to seal and to open one value here (a 280-character note), in this process. */
function sealingMicroseconds() {
  const ring = keyring(newKey());
  const text = "I keep thinking about the evening you told me. ".repeat(6);
  const time = (run) => {
    for (let i = 0; i < 2000; i++) run(i); // warm
    const started = process.hrtime.bigint();
    for (let i = 0; i < 20_000; i++) run(i);
    return Number(process.hrtime.bigint() - started) / 1000 / 20_000;
  };
  const sealed = Array.from({ length: 100 }, (_, i) => seal(ring, text, `CheckIn.note.row${i}`));
  return {
    seal: time((i) => seal(ring, text, `CheckIn.note.row${i % 100}`)),
    open: time((i) => open(ring, sealed[i % 100], `CheckIn.note.row${i % 100}`)),
  };
}

/** The gzipped JS each page route loads on a first visit (the <script src> its HTML names), in KB. */
async function firstLoadJs(base, cookie) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, DIST, "server", "app-paths-manifest.json"), "utf8"));
  const routes = Object.keys(manifest)
    .filter((key) => key.endsWith("/page") && !key.includes("["))
    .map((key) => key.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/")
    .filter((route) => !route.startsWith("/_"));
  const sizes = new Map();
  const gzipped = async (src) => {
    if (!sizes.has(src)) sizes.set(src, zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length);
    return sizes.get(src);
  };
  const routeKb = async (route) => {
    const res = await fetch(`${base}${route}`, { headers: { cookie }, redirect: "manual" });
    const html = await res.text();
    const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]))];
    let total = 0;
    for (const src of scripts) total += await gzipped(src);
    return { route, status: res.status, kb: Math.round((total / 1024) * 10) / 10 };
  };
  const pages = [];
  for (const route of [...new Set(routes)].sort()) pages.push(await routeKb(route));
  const baseline = await routeKb("/bench-not-found-page");
  const largest = pages.filter((p) => p.status === 200).sort((a, b) => b.kb - a.kb)[0];
  return { pages, baseline, largest };
}

/**
 * `--profile`: a heap snapshot of the (one-process) server, which writes it into PROFILE_DIR on
 * SIGUSR2 (lib/cli/workers.mjs serverNodeFlags); waits until the file stops growing, then sums it.
 */
async function heapSnapshotOf(server) {
  const before = new Set(fs.readdirSync(PROFILE_DIR));
  const ps = spawnSync("ps", ["-e", "-o", "pid=,pgid=,args="], { encoding: "utf8" });
  for (const line of ps.stdout.split("\n")) {
    const [pid, group, ...args] = line.trim().split(/\s+/);
    // Only a server started to write one on SIGUSR2 (an older checkout's, under BENCH_ROOT, would die of it).
    const command = args.join(" ");
    if (Number(group) === server.pgid && command.includes("lib/cli/server.mjs") && command.includes("--heapsnapshot-signal"))
      process.kill(Number(pid), "SIGUSR2");
  }
  let file = null;
  for (let size = -1, waited = 0; waited < 120_000; waited += 1000) {
    await sleep(1000);
    file ??= fs.readdirSync(PROFILE_DIR).find((f) => f.endsWith(".heapsnapshot") && !before.has(f)) ?? null;
    if (!file) continue;
    const now = fs.statSync(path.join(PROFILE_DIR, file)).size;
    if (now > 0 && now === size) return { file: path.join(PROFILE_DIR, file), ...summariseHeapSnapshot(path.join(PROFILE_DIR, file)) };
    size = now;
  }
  throw new Error("the server wrote no heap snapshot within 120 s of SIGUSR2");
}

/**
 * Peak resident memory, sampled every 250 ms: of the largest server process in the group (each
 * lib/cli/server.mjs, one per MEND_WORKERS) and of the whole group (start.mjs and every server).
 */
function watchRss(pgid) {
  let perProcess = 0;
  let total = 0;
  const timer = setInterval(() => {
    const ps = spawnSync("ps", ["-e", "-o", "pgid=,rss=,args="], { encoding: "utf8" });
    let sum = 0;
    for (const line of ps.stdout.split("\n")) {
      const [group, rss, ...args] = line.trim().split(/\s+/);
      if (Number(group) !== pgid) continue;
      sum += Number(rss);
      if (args.join(" ").includes("lib/cli/server.mjs")) perProcess = Math.max(perProcess, Number(rss));
    }
    total = Math.max(total, sum);
  }, 250);
  const mb = (kb) => Math.round(kb / 1024);
  return { stop: () => (clearInterval(timer), { perProcess: mb(perProcess), total: mb(total) }) };
}

const ratio = (a, b) => (b ? Math.round((a / b) * 100) / 100 : null);

async function main() {
  const pgServer = POSTGRES ? await startPostgres() : null;
  const databaseUrl = pgServer ? pgServer.url() : `file:${path.join(dataDir, "mend.db")}`;
  const servers = [];
  /** A production server on this run's database (and secret, in dataDir), logging to `log`. */
  const start = async (log, env) => {
    const started = startServer({
      root: ROOT,
      port: await freePort(),
      dataDir,
      distDir: DIST,
      logFile: log,
      env: { ...(pgServer ? { DATABASE_URL: databaseUrl, MEND_DATA_KEY: DATA_KEY } : {}), ...env },
    });
    servers.push(Object.assign(started, { logFile: log }));
    return started;
  };
  const serverEnv = PROFILE_DIR ? { MEND_CPU_PROFILE: PROFILE_DIR, MEND_BENCH_HEAP_SNAPSHOT: "1" } : {};
  // Comparisons run in alternating turns of this length, the best turn of each side compared.
  const roundSeconds = Math.max(3, Math.round(SECONDS / 2));
  const server = await start(logFile, serverEnv);
  let rss;
  try {
    await waitForHealth(server);
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    let store = await openStore(databaseUrl);
    // The measured couple: a year of both partners' check-ins and a few entries; 9 more like it.
    const [email] = await seedCouples(store, { couples: 1, days: DAYS, hash, bothPartners: true, entries: 20 });
    await seedCouples(store, { couples: BASE_COUPLES - 1, days: DAYS, hash, bothPartners: false });
    const writerEmails = await seedCouples(store, { couples: Math.ceil(WRITERS / 2), days: 0, hash, bothPartners: false });
    const cookie = await signIn(server.base, email);
    const dashboardCheck = await fetch(`${server.base}/app`, { headers: { cookie }, redirect: "manual" });
    if (dashboardCheck.status !== 200) throw new Error(`the signed-in dashboard answered ${dashboardCheck.status}`);
    const writerCookies = [];
    for (const writer of writerEmails.slice(0, WRITERS)) writerCookies.push(await signIn(server.base, writer));

    // Everything seeded is sealed, as `npm start` seals a database from before sealing.
    await store.close();
    const sealingDb = await openSealingDatabase(databaseUrl);
    try {
      await sealExisting(sealingDb, loadDataKeys({ provider: POSTGRES ? "postgresql" : "sqlite", dataKey: DATA_KEY, dir: dataDir }));
    } finally {
      await sealingDb.close();
    }

    // The measured couple writes no agreements, commitments or talks; a lived-in couple's dashboard
    // opens their words. The demo couple (`npm run seed:demo`, ten weeks of everything) is that couple.
    const demoEnv = { ...process.env, NODE_ENV: "development", MEND_DATA_DIR: dataDir };
    if (POSTGRES) Object.assign(demoEnv, { DATABASE_URL: databaseUrl, MEND_DATA_KEY: DATA_KEY });
    else delete demoEnv.DATABASE_URL;
    const demo = spawnSync(process.execPath, ["lib/cli/seed-demo.mjs"], { cwd: ROOT, encoding: "utf8", env: demoEnv });
    if (demo.status !== 0) throw new Error(`seed:demo failed: ${demo.stderr}`);
    const demoCookie = await signIn(server.base, DEMO_PEOPLE.sam.email, DEMO_PASSWORD);
    await fetch(`${server.base}/app`, { headers: { cookie: demoCookie } }).then((r) => r.text());

    // Sealing's cost (decision 014): beside the server, one that neither seals nor opens
    // (MEND_BENCH_UNSEALED, bench only) on the same database, the demo couple's dashboard (the
    // measured couple's holds no words) and writes measured on the two in turns, three
    // rounds each, the best round of each compared: this machine's speed drifts between runs by
    // more than sealing costs, and turns put the drift on both sides.
    const unsealedServer = await start(path.join(dataDir, "unsealed.log"), { MEND_BENCH_UNSEALED: "1" });
    await waitForHealth(unsealedServer);
    const best = (runs, name) => ({ ...runs.reduce((a, b) => (b.reqPerSec > a.reqPerSec ? b : a)), name });
    const turns = { dashboard: [], unsealedDashboard: [], write: [], unsealedWrite: [] };
    for (let round = 0; round < 3; round++) {
      turns.dashboard.push(await measure("dashboard", `${server.base}/app`, { cookie: demoCookie }, roundSeconds));
      turns.unsealedDashboard.push(await measure("dashboard", `${unsealedServer.base}/app`, { cookie: demoCookie }, roundSeconds));
      turns.write.push(await measureWrites(server.base, writerCookies, roundSeconds));
      turns.unsealedWrite.push(await measureWrites(unsealedServer.base, writerCookies, roundSeconds));
    }
    await killGroup(unsealedServer, "SIGTERM");
    const sealedDashboard = best(turns.dashboard, "demo sealed");
    const unsealedDashboard = best(turns.unsealedDashboard, "demo unsealed");
    const sealedWrite = best(turns.write, "write sealed");
    const unsealedWrite = best(turns.unsealedWrite, "write unsealed");
    rss = watchRss(server.pgid);

    const health = await measure("health", `${server.base}/api/health`);
    const dashboard = await measure("dashboard", `${server.base}/app`, { cookie });
    // The framework's own floor for a page rendered per request (every page is, for its CSP nonce):
    // the not-found page with no data and no session, and the marketing page for a signed-in visitor
    // (its only reads are the session check's). Context for the dashboard's figures, not targets.
    const emptyPage = await measure("not-found page", `${server.base}/bench-not-found-page`);
    const signedInPage = await measure("signed-in /", `${server.base}/`, { cookie });
    const write = await measureWrites(server.base, writerCookies);
    const js = await firstLoadJs(server.base, cookie);

    // Scale: the same couple's dashboard once SCALE_COUPLES couples with a year each share the database.
    const seedStarted = Date.now();
    store = await openStore(databaseUrl);
    await seedCouples(store, { couples: SCALE_COUPLES - BASE_COUPLES, days: DAYS, hash: "x", bothPartners: false });
    await store.close();
    const seedSeconds = Math.round((Date.now() - seedStarted) / 1000);
    const scaled = await measure(`dashboard@${SCALE_COUPLES}`, `${server.base}/app`, { cookie });
    const rssPeak = rss.stop();

    // Every core (decision 015): the same database behind WORKERS server processes, the measured
    // couple's dashboard in turns with the one-process server (best of 3 each), then the writers.
    const workersServer = await start(path.join(dataDir, "workers.log"), { ...serverEnv, MEND_WORKERS: String(WORKERS) });
    await waitForHealth(workersServer);
    // Health answers as soon as one process listens: wait for all of them (each says so in the log).
    const workersLog = path.join(dataDir, "workers.log");
    for (
      let waited = 0;
      (fs.readFileSync(workersLog, "utf8").match(/Mend is ready on \S+ \(server process/g) ?? []).length < WORKERS;
      waited += 250
    ) {
      if (waited > 120_000) throw new Error(`not all ${WORKERS} server processes became ready`);
      await sleep(250);
    }
    const workersRss = watchRss(workersServer.pgid);
    const workerTurns = { one: [], many: [] };
    for (let round = 0; round < 3; round++) {
      workerTurns.one.push(await measure("dashboard", `${server.base}/app`, { cookie }, roundSeconds));
      workerTurns.many.push(await measure("dashboard", `${workersServer.base}/app`, { cookie }, roundSeconds));
    }
    const oneWorkerDashboard = best(workerTurns.one, "dashboard ×1 proc");
    const workersDashboard = best(workerTurns.many, `dashboard ×${WORKERS} proc`);
    const workersWrite = { ...(await measureWrites(workersServer.base, writerCookies)), name: `write×${WRITERS} ×${WORKERS} proc` };
    const workersRssPeak = workersRss.stop();
    await killGroup(workersServer, "SIGTERM");

    // Deterministic companions to the noisy throughput figures: statements per request. Counting
    // needs the query log, which costs a little on every statement, so it runs on a second server
    // (same build, same database, same secret: the cookies still hold) after the timed runs. First,
    // with --profile, the timed server's heap snapshot: a failure there costs the snapshot, not the run.
    const heap = PROFILE_DIR
      ? await heapSnapshotOf(server).catch((error) => (console.error(`no heap snapshot: ${error.message}`), null))
      : null;
    await killGroup(server, "SIGTERM");
    const countLog = path.join(dataDir, "count.log");
    const counter = await start(countLog, { MEND_LOG_QUERIES: "1" });
    await waitForHealth(counter);
    await fetch(`${counter.base}/app`, { headers: { cookie } }).then((r) => r.text()); // compiled and warm
    const dashboardCounts = await statementsFor(countLog, () =>
      fetch(`${counter.base}/app`, { headers: { cookie } }).then((r) => r.text()),
    );
    let n = 0;
    const writeCounts = await statementsFor(countLog, async () => {
      const saved = await saveCheckIn(counter.base, writerCookies[0], n++);
      if (!saved.ok) throw new Error(`a check-in save answered ${saved.status}: ${saved.text.slice(0, 200)}`);
    });
    const demoCounts = await statementsFor(countLog, () =>
      fetch(`${counter.base}/app`, { headers: { cookie: demoCookie } }).then((r) => r.text()),
    );
    const dashboardQueries = dashboardCounts.statements;
    const writeQueries = writeCounts.statements;
    // Sealing's cost from what it does, not from two noisy throughputs: the values one request seals
    // and opens, times the microseconds each takes here, as a share of one request's time on the
    // server's core (1000 ms ÷ req/s, the server being one process).
    const micro = sealingMicroseconds();
    const sealingMs = (counts) => (counts.opened * micro.open + counts.sealed * micro.seal) / 1000;
    const sealingPct = (counts, rps) => Math.round(((sealingMs(counts) * rps) / 1000) * 1000) / 10;

    const rows = [
      health,
      emptyPage,
      signedInPage,
      dashboard,
      sealedDashboard,
      unsealedDashboard,
      write,
      sealedWrite,
      unsealedWrite,
      scaled,
      oneWorkerDashboard,
      workersDashboard,
      workersWrite,
    ];
    console.log(
      `\nMend benchmark — ${POSTGRES ? "PostgreSQL" : "SQLite"}, ${os.cpus().length} cores, ${CONNECTIONS} connections (writes: ${WRITERS} writers), ${SECONDS} s each`,
    );
    console.log("route              req/s    p50 ms   p95 ms   p99 ms  non-2xx/errors");
    for (const r of rows)
      console.log(
        `${r.name.padEnd(18)} ${String(r.reqPerSec).padStart(6)} ${String(r.p50ms).padStart(9)} ${String(r.p95ms).padStart(8)} ${String(r.p99ms).padStart(8)} ${String(r === emptyPage ? "(404s)" : r.bad).padStart(8)}`,
      );
    console.log(`\nscale: ${SCALE_COUPLES} couples × ${DAYS} days seeded in ${seedSeconds} s`);
    console.log(
      `first-load JS (gzip KB): ${js.pages.map((p) => `${p.route} ${p.kb}${p.status === 200 ? "" : ` (${p.status})`}`).join(", ")}; not-found ${js.baseline.kb}`,
    );
    console.log(`database statements: ${dashboardQueries} per dashboard, ${writeQueries} per check-in save (with its re-render)`);
    console.log(
      `server RSS peak: ${rssPeak.perProcess} MB per server process, ${rssPeak.total} MB in all; with ${WORKERS} processes ${workersRssPeak.perProcess} MB each, ${workersRssPeak.total} MB in all`,
    );
    console.log(
      `every core: the dashboard with ${WORKERS} server processes answers ${ratio(workersDashboard.reqPerSec, oneWorkerDashboard.reqPerSec)} × the req/s of one (best of 3 turns each)`,
    );
    console.log(
      `sealing's cost, measured (best of 3 turns each): dashboard ${costPct(sealedDashboard.reqPerSec, unsealedDashboard.reqPerSec)} %, writes ${costPct(sealedWrite.reqPerSec, unsealedWrite.reqPerSec)} % (fewer req/s than unsealed; negative: within noise)`,
    );
    console.log(
      `sealing's cost, counted: the demo couple's dashboard opens ${demoCounts.opened} values (the measured couple's ${dashboardCounts.opened}), a save seals ${writeCounts.sealed} and opens ${writeCounts.opened}; seal ${micro.seal.toFixed(1)} µs, open ${micro.open.toFixed(1)} µs each → ${sealingPct(demoCounts, dashboard.reqPerSec)} % of a dashboard's time, ${sealingPct(writeCounts, write.reqPerSec)} % of a save's\n`,
    );
    const result = {
      bench: "mend",
      database: POSTGRES ? "postgresql" : "sqlite",
      cores: os.cpus().length,
      connections: CONNECTIONS,
      seconds: SECONDS,
      health_rps: health.reqPerSec,
      dashboard_rps: dashboard.reqPerSec,
      dashboard_over_health: ratio(dashboard.reqPerSec, health.reqPerSec),
      dashboard_p95_ms: dashboard.p95ms,
      empty_page_over_health: ratio(emptyPage.reqPerSec, health.reqPerSec),
      empty_page_p95_ms: emptyPage.p95ms,
      signed_in_page_over_health: ratio(signedInPage.reqPerSec, health.reqPerSec),
      signed_in_page_p95_ms: signedInPage.p95ms,
      write_rps: write.reqPerSec,
      write_over_health: ratio(write.reqPerSec, health.reqPerSec),
      write_p99_ms: write.p99ms,
      write_errors: write.bad,
      dashboard_queries: dashboardQueries,
      write_queries: writeQueries,
      scale_couples: SCALE_COUPLES,
      scale_p50_ratio: ratio(scaled.p50ms, dashboard.p50ms),
      first_load_js_kb_max: js.largest?.kb ?? null,
      first_load_js_route: js.largest?.route ?? null,
      first_load_js_over_baseline: ratio(js.largest?.kb ?? 0, js.baseline.kb),
      rss_mb_peak: rssPeak.perProcess,
      rss_mb_peak_total: rssPeak.total,
      dashboard_over_signed_in_page: ratio(dashboard.reqPerSec, signedInPage.reqPerSec),
      write_over_signed_in_page: ratio(write.reqPerSec, signedInPage.reqPerSec),
      workers: WORKERS,
      one_worker_dashboard_rps: oneWorkerDashboard.reqPerSec,
      workers_dashboard_rps: workersDashboard.reqPerSec,
      workers_speedup: ratio(workersDashboard.reqPerSec, oneWorkerDashboard.reqPerSec),
      workers_write_rps: workersWrite.reqPerSec,
      workers_write_errors: workersWrite.bad,
      workers_rss_mb_peak: workersRssPeak.perProcess,
      workers_rss_mb_peak_total: workersRssPeak.total,
      sealed_dashboard_rps: sealedDashboard.reqPerSec,
      unsealed_dashboard_rps: unsealedDashboard.reqPerSec,
      sealed_write_rps: sealedWrite.reqPerSec,
      unsealed_write_rps: unsealedWrite.reqPerSec,
      sealed_dashboard_cost_pct: costPct(sealedDashboard.reqPerSec, unsealedDashboard.reqPerSec),
      sealed_write_cost_pct: costPct(sealedWrite.reqPerSec, unsealedWrite.reqPerSec),
      dashboard_values_opened: dashboardCounts.opened,
      demo_dashboard_values_opened: demoCounts.opened,
      demo_dashboard_queries: demoCounts.statements,
      write_values_sealed: writeCounts.sealed,
      seal_us: Math.round(micro.seal * 10) / 10,
      open_us: Math.round(micro.open * 10) / 10,
      sealing_dashboard_pct: sealingPct(demoCounts, dashboard.reqPerSec),
      sealing_write_pct: sealingPct(writeCounts, write.reqPerSec),
    };
    console.log(JSON.stringify(result));
    if (heap) {
      console.log(
        `\nheap snapshot of the server after its runs (${heap.file}): ${heap.totalMb} MB of objects; the largest groups, by their own size:`,
      );
      for (const g of heap.groups) console.log(`${String(g.mb).padStart(7)} MB ${String(g.count).padStart(8)} × ${g.name}`);
    }
  } catch (error) {
    rss?.stop();
    console.error(`bench failed: ${error.stack ?? error.message}`);
    // The server that failed is most likely the last one started.
    for (const log of [logFile, ...servers.map((s) => s.logFile)].slice(-1)) {
      console.error(`Last lines of ${path.basename(log)}:`);
      console.error(fs.readFileSync(log, "utf8").split("\n").slice(-30).join("\n"));
    }
    process.exitCode = 1;
  } finally {
    for (const running of servers) await killGroup(running, "SIGTERM");
    pgServer?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (PROFILE_DIR) console.error(`CPU profile and heap snapshot of the server: ${PROFILE_DIR}/ (newest files)`);
  }
}

await main();
