// Two production instances of Mend on ONE PostgreSQL database, as behind a load balancer
// (docs/deploy.md): a person signs in on one and carries on on the other. Proves that nothing
// that must be shared lives in one instance's memory: the session (signed with the shared
// NEXTAUTH_SECRET, its row in the database), its revocation, and the sign-in throttling counters.
// (Reminder claims race on one database in tests/integration/reminders.test.ts, which
// `npm run test:postgres` runs on PostgreSQL.)
//
// Needs MEND_TEST_POSTGRES_URL (an admin URL; `npm run test:postgres` sets it). Reuses the
// production build in .next-e2e when current (start.mjs builds it otherwise).
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import argon2 from "argon2";
import pg from "pg";
import { freePort, killGroup, startServer, waitForHealth } from "../support/prod-server.mjs";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const ADMIN_URL = process.env.MEND_TEST_POSTGRES_URL;
// Cheap password hashes in both servers (they inherit this; lib/server/env.ts allows it on loopback only).
process.env.MEND_TEST_PASSWORD_HASHING ??= "fast";
if (!ADMIN_URL) throw new Error("MEND_TEST_POSTGRES_URL is not set: run `npm run test:postgres`.");
const PASSWORD = "a calm long password";
const DATABASE = `mend_two_instances_${crypto.randomBytes(4).toString("hex")}`;
const databaseUrl = (() => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
})();

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-two-"));
const shared = {
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: crypto.randomBytes(48).toString("base64url"),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
  // One data key for both instances, as a practice sets it (decision 014): PostgreSQL refuses to start without.
  MEND_DATA_KEY: crypto.randomBytes(32).toString("base64"),
};
const servers = [];
let email;

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function start(name) {
  const port = await freePort();
  const server = startServer({
    root: ROOT,
    port,
    dataDir: path.join(dataDir, name),
    distDir: ".next-e2e",
    logFile: path.join(dataDir, `${name}.log`),
    env: shared,
  });
  servers.push(server);
  await waitForHealth(server);
  return server;
}

/** A partner in a couple, written straight to the shared database. */
async function seedPartner() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const id = () => `c${crypto.randomBytes(12).toString("hex")}`;
  const [user, partner, couple] = [id(), id(), id()];
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
  const address = `two-${user}@example.test`;
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Robin', $3, now()), ($4, $5, 'Kit', $3, now())`,
    [user, address, hash, partner, `two-${partner}@example.test`],
  );
  await client.query(`INSERT INTO "Couple" (id, name, "updatedAt") VALUES ($1, 'Robin & Kit', now())`, [couple]);
  await client.query(
    `INSERT INTO "Membership" (id, "userId", "coupleId", side, seat) VALUES ($1, $2, $3, 'hurt', 1), ($4, $5, $3, 'involved', 2)`,
    [id(), user, couple, id(), partner],
  );
  await client.end();
  return address;
}

/** next-auth's real credentials sign-in against one instance: the session cookie, or the error it answered. */
async function signIn(server, address, password) {
  const csrf = await fetch(`${server.base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${server.base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email: address, password, callbackUrl: `${server.base}/app`, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (session) return { cookie: session.split(";")[0], csrf: cookies };
  // With json=true next-auth answers {"url": "…?error=…"} instead of a redirect.
  const body = await res.text();
  let target = res.headers.get("location");
  try {
    target ??= JSON.parse(body).url;
  } catch {
    target ??= body;
  }
  return { error: new URL(target, server.base).searchParams.get("error") ?? target };
}

async function dashboard(server, cookie) {
  const res = await fetch(`${server.base}/app`, { redirect: "manual", headers: { cookie } });
  return { status: res.status, location: res.headers.get("location"), html: res.status === 200 ? await res.text() : "" };
}

before(
  async () => {
    await admin(`CREATE DATABASE "${DATABASE}"`);
    // The first instance migrates the database (start.mjs) and builds if needed; the second reuses both.
    await start("a");
    await start("b");
    email = await seedPartner();
  },
  { timeout: 900_000 },
);

after(async () => {
  for (const server of servers) await killGroup(server, "SIGTERM").catch((error) => console.error(error));
  await admin(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`).catch((error) => console.error(error));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("signed in on one instance, the other shows the same person's dashboard; signing out on it ends the session on both", async () => {
  const [a, b] = servers;
  const { cookie, error } = await signIn(a, email, PASSWORD);
  assert.ok(cookie, `sign-in on A failed: ${error}`);
  const onA = await dashboard(a, cookie);
  const onB = await dashboard(b, cookie);
  assert.equal(onA.status, 200);
  assert.equal(onB.status, 200, `B answered ${onB.status} → ${onB.location}`);
  assert.match(onB.html, /Robin/);

  // Sign out through B: the session's row goes, so A refuses the same cookie on its very next request.
  const csrf = await fetch(`${b.base}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = await csrf.json();
  const csrfCookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const out = await fetch(`${b.base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [cookie, ...csrfCookies].join("; ") },
    body: new URLSearchParams({ csrfToken, callbackUrl: b.base, json: "true" }),
  });
  assert.ok(out.status < 400, `sign-out on B answered ${out.status}`);
  const afterOnA = await dashboard(a, cookie);
  assert.notEqual(afterOnA.status, 200, "A still accepts a session that was signed out on B");
  assert.match(afterOnA.location ?? "", /\/signin/);
});

test("wrong passwords count across instances: the sixth, wherever it lands, is asked to wait", async () => {
  const [a, b] = servers;
  const results = [];
  for (let i = 0; i < 6; i++) results.push(await signIn(i % 2 ? b : a, email, "not the password"));
  for (const result of results.slice(0, 5)) assert.equal(result.error, "CredentialsSignin");
  assert.match(results[5].error ?? "", /^throttled:\d+$/, `the sixth attempt answered ${JSON.stringify(results[5])}`);
  // …and the right password is refused on either instance while the wait runs.
  assert.match((await signIn(b, email, PASSWORD)).error ?? "", /^throttled:/);
});
