import fs from "node:fs";
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

/** The SQL the server ran for one request to `pathname`: the fewest of three tries, so a background job's statement doesn't count. */
async function statementsFor(pathname: string): Promise<string[]> {
  let fewest: string[] | null = null;
  for (let i = 0; i < 3; i++) {
    const before = fs.statSync(started.logFile).size;
    const res = await fetch(`${base}${pathname}`, { headers: { cookie }, redirect: "manual" });
    expect(res.status).toBe(200);
    await res.text();
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

describe.skipIf(Boolean(PG_ADMIN_URL))("the home page's reads, in one render", () => {
  it("every page of the workspace reads the caller's membership once: the layout's visit and the partner context share it", async () => {
    const statements = await statementsFor("/app/check-in");
    expect(readsByTable(statements).get("Membership"), statements.join("\n")).toBe(1);
  });

  it("reads each of the couple's rows once: the couple, the check-in settings, the talks, the agreements and commitments, and the caller's own membership beside the members'", async () => {
    const statements = await statementsFor("/app");
    const reads = readsByTable(statements);
    const listing = statements.join("\n");
    expect(reads.get("Couple"), listing).toBe(1);
    // The members come with their names and check-in settings in one statement of SQL of our own
    // (lib/server/couples/members.ts), not one statement per nested relation.
    expect(
      statements.filter((sql) => /FROM "Membership" m\s+JOIN "User" u/.test(sql)),
      listing,
    ).toHaveLength(1);
    expect(reads.get("CheckInPrefs"), listing).toBeUndefined();
    expect(reads.get("User"), listing).toBe(1); // the session's own user
    expect(reads.get("Talk"), listing).toBe(1);
    // The questions and triggers waiting for an answer are counted in one statement of our own.
    expect(
      statements.filter((sql) => /FROM "Question" q/.test(sql) && /FROM "TriggerEvent" t/.test(sql)),
      listing,
    ).toHaveLength(1);
    expect(reads.get("Question"), listing).toBeUndefined();
    expect(reads.get("TriggerEvent"), listing).toBeUndefined();
    // Who the caller is: their own membership, found by their account.
    expect(reads.get("Membership"), listing).toBe(1);
    // The journey's counts and the exercises already written are one grouped read; partner feed
    // reads the partner's latest entries, and their responses' entries.
    expect(reads.get("Entry"), listing).toBe(3);
    // Partner feed names agreements and commitments from the page's own lists of them.
    expect(reads.get("Agreement"), listing).toBe(1);
    expect(reads.get("AgreementVersion"), listing).toBe(1);
    expect(reads.get("Commitment"), listing).toBe(1);
    // 33 before these reads were shared (demo couple, one render).
    expect(statements.length, listing).toBeLessThanOrEqual(22);
  });
});
