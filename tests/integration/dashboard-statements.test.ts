import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killGroup, seedDemo, sleep } from "../support/prod-server.mjs";
import { PG_ADMIN_URL, ROOT } from "../setup/paths";
import { startTestServer, type TestServer } from "./prod-server-fixture";

// The home page's statements (issue 26, step 1), counted on a real production server rendering the
// demo couple (ten weeks of everything), as `npm run bench` counts them: in one render, React's
// per-request cache lets every section share a read, which calling the read functions one by one
// (dashboard-reads.test.ts) cannot show. A statement count does not move with the machine's load.

const DEMO = { email: "alex@demo.mend.invalid", password: "demo couple, not real" };

let started: TestServer;
let base: string;
let cookie: string;

beforeAll(async () => {
  if (PG_ADMIN_URL) return;
  started = await startTestServer("dashboard-statements-", { MEND_LOG_QUERIES: "1" });
  base = `http://127.0.0.1:${started.port}`;
  seedDemo({ root: ROOT, dataDir: started.dataDir, base });
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    },
    body: new URLSearchParams({ csrfToken, ...DEMO, callbackUrl: `${base}/app`, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`demo sign-in failed: HTTP ${res.status}`);
  cookie = session.split(";")[0]!;
}, 1_900_000);

afterAll(async () => {
  if (started) await killGroup(started.server, "SIGTERM");
});

/** The SQL the server ran for one request: the fewest of three tries, so a background job's statement doesn't count. */
async function statementsOf(request: () => Promise<void>): Promise<string[]> {
  let fewest: string[] | null = null;
  for (let i = 0; i < 3; i++) {
    const before = fs.statSync(started.logFile).size;
    await request();
    await sleep(300);
    const lines = fs
      .readFileSync(started.logFile)
      .subarray(before)
      .toString("utf8")
      .split("\n")
      .filter((line) => line.startsWith("mend:query "))
      .map((line) => line.slice("mend:query ".length));
    if (!fewest || lines.length < fewest.length) fewest = lines;
  }
  return fewest!;
}

/** The SQL the server ran for one request to `pathname`. */
const statementsFor = (pathname: string) =>
  statementsOf(async () => {
    const res = await fetch(`${base}${pathname}`, { headers: { cookie }, redirect: "manual" });
    expect(res.status).toBe(200);
    await res.text();
  });

/** Saves today's check-in through the form's server action, as the browser posts it (React's encodeReply). */
async function saveCheckIn(trust: number) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, ".next-e2e", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === "saveCheckInAction")?.[0];
  if (!id) throw new Error("no saveCheckInAction in the build");
  const form = new FormData();
  const fields = {
    localDate: new Date().toISOString().slice(0, 10),
    trust: String(trust),
    closeness: "6",
    mood: "calm",
    note: "",
    noteVisibility: "private",
    timeZone: "UTC",
  };
  for (const [k, v] of Object.entries(fields)) form.append(`_1_${k}`, v);
  form.append("0", JSON.stringify([null, "$K1"]));
  const res = await fetch(`${base}/app/check-in`, {
    method: "POST",
    headers: { cookie, "next-action": id, accept: "text/x-component", origin: base },
    body: form,
  });
  const text = await res.text();
  expect(text).toContain('"ok":true');
}

/** The table a SELECT reads its columns from: the first `main`.`Table`.`column` (SQLite's form), counts and groups included. */
const tableOf = (sql: string) => (/^\s*SELECT\b/i.test(sql) ? (/`main`\.`(\w+)`\./.exec(sql)?.[1] ?? null) : null);

function readsByTable(statements: string[]) {
  const reads = new Map<string, number>();
  for (const sql of statements) {
    const table = tableOf(sql);
    if (table) reads.set(table, (reads.get(table) ?? 0) + 1);
  }
  return reads;
}

/** Statements of SQL of our own (decision 016) whose text matches (the log keeps a statement's first 300 characters: its start names it). */
const ours = (statements: string[], pattern: RegExp) => statements.filter((sql) => pattern.test(sql));
/** Who is asking: the session check with the caller's membership and settings (lib/server/auth/caller.ts). */
const CALLER = /^\s*SELECT u\."id", u\."name", u\."email", u\."sessionVersion", s\."lastSeenAt"/;
/** The couple's row, members and pause (lib/server/couples/members.ts). */
const OVERVIEW = /^\s*SELECT c\."id", c\."name" AS "coupleName"/;

describe.skipIf(Boolean(PG_ADMIN_URL))("the home page's reads, in one render", () => {
  it("every page of the workspace learns who is asking in one statement, and the couple in one more", async () => {
    const statements = await statementsFor("/app/check-in");
    const listing = statements.join("\n");
    expect(ours(statements, CALLER), listing).toHaveLength(1);
    expect(ours(statements, OVERVIEW), listing).toHaveLength(1);
    for (const table of ["User", "UserSession", "Membership", "CheckInPrefs", "JointPause", "Couple"]) {
      expect(readsByTable(statements).get(table), `${table}\n${listing}`).toBeUndefined();
    }
    // Before (issue 26): seven, the session check alone three.
    expect(statements.length, listing).toBeLessThanOrEqual(3);
  });

  it("a check-in save and the page's re-render after it: eight statements, one COMMIT", async () => {
    let trust = 0;
    const statements = await statementsOf(() => saveCheckIn(trust++ % 11));
    const listing = statements.join("\n");
    expect(
      statements.filter((sql) => /^\s*COMMIT\b/i.test(sql)),
      listing,
    ).toHaveLength(1);
    // The action's session check and the re-render's: one statement each.
    expect(ours(statements, CALLER), listing).toHaveLength(2);
    // 15 before (issue 26: at most 8).
    expect(statements.length, listing).toBeLessThanOrEqual(8);
  });

  it("reads each of the couple's rows once: the couple with its members, the talks, the agreements and commitments, the partner feed in one", async () => {
    const statements = await statementsFor("/app");
    const reads = readsByTable(statements);
    const listing = statements.join("\n");
    expect(ours(statements, CALLER), listing).toHaveLength(1);
    // The couple's row, the members with their names and check-in settings, and the pause: one
    // statement of SQL of our own (lib/server/couples/members.ts), not one per nested relation.
    expect(ours(statements, OVERVIEW), listing).toHaveLength(1);
    for (const table of ["User", "UserSession", "Membership", "CheckInPrefs", "JointPause", "Couple", "AuditEvent", "EntryResponse"]) {
      expect(reads.get(table), `${table}\n${listing}`).toBeUndefined();
    }
    expect(reads.get("Talk"), listing).toBe(1);
    // The questions and triggers waiting for an answer are counted in one statement of our own.
    expect(
      statements.filter((sql) => /FROM "Question" q/.test(sql) && /FROM "TriggerEvent" t/.test(sql)),
      listing,
    ).toHaveLength(1);
    expect(reads.get("Question"), listing).toBeUndefined();
    expect(reads.get("TriggerEvent"), listing).toBeUndefined();
    // The journey's counts and the exercises already written are one grouped read; the partner feed
    // (entries, events, responses) is one statement of our own (lib/server/partner-feed.ts).
    expect(reads.get("Entry"), listing).toBe(1);
    expect(ours(statements, /SELECT \* FROM \( SELECT 'entry' AS "source"/), listing).toHaveLength(1);
    // Partner feed names agreements and commitments from the page's own lists of them.
    expect(reads.get("Agreement"), listing).toBe(1);
    expect(reads.get("AgreementVersion"), listing).toBe(1);
    expect(reads.get("Commitment"), listing).toBe(1);
    // 33 before these reads were shared (demo couple, one render); 22 before the session check,
    // the couple's overview and the feed became one statement each.
    expect(statements.length, listing).toBeLessThanOrEqual(14);
  });
});
