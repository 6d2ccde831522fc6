import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killGroup, sleep, type ProdServer } from "../support/prod-server.mjs";
import { PG_ADMIN_URL } from "../setup/paths";
import { PASSWORD, seedAccount, startTestServer } from "./prod-server-fixture";

// MEND_WORKERS=2 (issue 26, point 3): two server processes behind one port (lib/cli/workers.mjs).
// A real production server (the `.next-e2e` build) on a SQLite file of its own. Every request
// here goes on a connection of its own, so the primary hands them to the two processes in turn;
// the x-mend-worker header says which one answered. What must hold across processes (sessions,
// sign-out, the sign-in throttle, concurrent writes) is checked with answers from both.

const ACCOUNT_FREE_ATTEMPTS = 5; // SIGNIN_ACCOUNT.free in lib/server/auth/throttle.ts

let server: ProdServer;
let port: number;
let dataDir: string;
let logFile: string;

const readyLines = () => fs.readFileSync(logFile, "utf8").match(/Mend is ready on \S+ \(server process \d of 2, pid \d+\)/g) ?? [];
const pidOf = (worker: number) => {
  const line = readyLines()
    .filter((l) => l.includes(`server process ${worker} of 2`))
    .at(-1);
  return Number(/pid (\d+)/.exec(line ?? "")?.[1]);
};

async function until(condition: () => boolean, what: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

beforeAll(async () => {
  if (PG_ADMIN_URL) return;
  ({ server, port, dataDir, logFile } = await startTestServer("workers-", { MEND_WORKERS: "2", MEND_TRUSTED_PROXIES: "1" }));
  await until(() => readyLines().length === 2, "both server processes to listen");
}, 1_900_000);

afterAll(async () => {
  if (server) await killGroup(server, "SIGTERM");
});

type Answer = { status: number; worker: string | undefined; location: string; setCookies: string[]; body: string };

/** One request on a connection of its own (no keep-alive pool), so each may reach either process. */
function request(
  pathname: string,
  { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: pathname, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          worker: res.headers["x-mend-worker"] as string | undefined,
          location: String(res.headers.location ?? ""),
          setCookies: res.headers["set-cookie"] ?? [],
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

const cookiePairs = (setCookies: string[]) => setCookies.map((c) => c.split(";")[0]!);

/**
 * next-auth's real credentials sign-in, its two requests each on a fresh connection. Each call comes
 * from an address of its own (X-Forwarded-For, the server trusting one proxy), so the per-address
 * allowance (SIGNIN_CLIENT) stays out of the way; the account's own count is what is tested.
 */
async function signIn(email: string, password = PASSWORD) {
  const client = `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;
  const csrf = await request("/api/auth/csrf", { headers: { "x-forwarded-for": client } });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await request("/api/auth/callback/credentials", {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiePairs(csrf.setCookies).join("; "),
      "x-forwarded-for": client,
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `http://127.0.0.1:${port}/app`, json: "true" }).toString(),
  });
  const session = cookiePairs(answer.setCookies).find((c) => c.startsWith("next-auth.session-token="));
  return { answer, session, workers: [csrf.worker, answer.worker] };
}

describe.skipIf(Boolean(PG_ADMIN_URL))("two server processes behind one port (MEND_WORKERS=2)", () => {
  it("answers from both processes, and runs the reminder and housekeeping schedules in exactly one", async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => request("/api/health")));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    expect(new Set(answers.map((a) => a.worker))).toEqual(new Set(["1", "2"]));
    const scheduleLines = fs.readFileSync(logFile, "utf8").match(/runs the reminder and housekeeping schedules/g) ?? [];
    expect(scheduleLines).toHaveLength(1);
    expect(fs.readFileSync(logFile, "utf8")).toContain("server process 1 runs the reminder and housekeeping schedules");
  }, 60_000);

  it("starts each process with the bounded heap (issue 26, step 4)", () => {
    for (const worker of [1, 2]) {
      const args = fs.readFileSync(`/proc/${pidOf(worker)}/cmdline`, "utf8").split("\0");
      expect(args, `process ${worker}`).toContain("--max-old-space-size=256");
    }
  });

  it("keeps a session made by one process in the other, and a sign-out in one ends it in both", async () => {
    const { session } = await signIn(await seedAccount(dataDir, "workers", { cheap: true }));
    expect(session).toBeTruthy();
    const signedIn = await Promise.all(Array.from({ length: 8 }, () => request("/app/welcome", { headers: { cookie: session! } })));
    // Signed in, with no workspace yet: the welcome page, not the sign-in page.
    expect(signedIn.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(new Set(signedIn.map((a) => a.worker))).toEqual(new Set(["1", "2"]));

    const csrf = await request("/api/auth/csrf", { headers: { cookie: session! } });
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const signOut = await request("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: [session!, ...cookiePairs(csrf.setCookies)].join("; ") },
      body: new URLSearchParams({ csrfToken, json: "true" }).toString(),
    });
    expect(signOut.status).toBeLessThan(400);

    const after = await Promise.all(Array.from({ length: 8 }, () => request("/app/welcome", { headers: { cookie: session! } })));
    expect(new Set(after.map((a) => a.worker))).toEqual(new Set(["1", "2"]));
    for (const answer of after) {
      expect(answer.status, `process ${answer.worker}`).toBe(307);
      expect(answer.location, `process ${answer.worker}`).toMatch(/\/signin/);
    }
  }, 120_000);

  it("counts sign-in attempts across processes: after the free wrong guesses, the right password waits, whichever process took them", async () => {
    const email = await seedAccount(dataDir, "workers", { cheap: true });
    const seen = new Set<string | undefined>();
    for (let attempt = 0; attempt < ACCOUNT_FREE_ATTEMPTS; attempt++) {
      const wrong = await signIn(email, "not the password at all");
      expect(wrong.session).toBeUndefined();
      for (const worker of wrong.workers) seen.add(worker);
    }
    // Counted per process, neither would have seen all five, and this one would go through.
    const right = await signIn(email);
    for (const worker of right.workers) seen.add(worker);
    expect(seen).toEqual(new Set(["1", "2"]));
    expect(right.session).toBeUndefined();
    expect(`${right.answer.location} ${right.answer.body}`).toMatch(/error=throttled%3A\d+/);
  }, 120_000);

  it("loses no write when both processes take sign-ins at once (each writes a session and clears counters)", async () => {
    const emails = await Promise.all(Array.from({ length: 16 }, () => seedAccount(dataDir, "workers", { cheap: true })));
    // "Busy" is the server's honest back-pressure (a cap on password checks running at once in each
    // process): nothing was saved and nothing was promised, so that person tries again, as the form says.
    const signInUntilAnswered = async (email: string) => {
      for (let attempt = 0; ; attempt++) {
        const result = await signIn(email);
        if (result.session || !/error=busy/.test(result.answer.body) || attempt === 20) return result;
        await sleep(100);
      }
    };
    const results = await Promise.all(emails.map((email) => signInUntilAnswered(email)));
    expect(results.filter((r) => !r.session).map((r) => `${r.answer.status} ${r.answer.body.slice(0, 120)}`)).toEqual([]);
    expect(new Set(results.flatMap((r) => r.workers))).toEqual(new Set(["1", "2"]));
    const db = new Database(path.join(dataDir, "mend.db"), { readonly: true });
    try {
      const sessions = db
        .prepare(
          `SELECT COUNT(*) AS n FROM "UserSession" s JOIN "User" u ON u.id = s.userId WHERE u.email IN (${emails.map(() => "?").join(",")})`,
        )
        .get(...emails) as { n: number };
      expect(sessions.n).toBe(16);
    } finally {
      db.close();
    }
  }, 180_000);

  it("starts a process again when it dies, with its number, and its sessions still hold", async () => {
    const { session } = await signIn(await seedAccount(dataDir, "workers", { cheap: true }));
    const pid = pidOf(2);
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, "SIGKILL");
    await until(() => readyLines().filter((l) => l.includes("server process 2 of 2")).length === 2, "server process 2 to start again");
    expect(pidOf(2)).not.toBe(pid);
    expect(fs.readFileSync(logFile, "utf8")).toContain("server process 2 of 2 stopped (SIGKILL); starting it again.");
    const answers = await Promise.all(Array.from({ length: 8 }, () => request("/app/welcome", { headers: { cookie: session! } })));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((a) => a.worker))).toEqual(new Set(["1", "2"]));
    // The schedules stay where they were: process 1 was never restarted.
    expect(fs.readFileSync(logFile, "utf8").match(/runs the reminder and housekeeping schedules/g)).toHaveLength(1);
  }, 180_000);
});
