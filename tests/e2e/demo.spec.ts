import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { expect, test, type Browser } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { expectNoAxeViolations, setUpCouple, signIn } from "./helpers";

// `npm run seed:demo` (lib/cli/seed-demo.mjs) against the e2e server's own database, while it runs:
// twice, both times without error; the second run replaces the demo couple and nothing else (a
// couple made here, through the app, is compared row by row before and after); then each partner
// signs in with the printed password and sees the seeded history, and the printed therapist link
// opens the shared sections. With NODE_ENV=production and no --force it refuses and changes nothing.

const ROOT = path.resolve(__dirname, "..", "..");
const DEMO = { alex: "alex@demo.mend.invalid", sam: "sam@demo.mend.invalid", password: "demo couple, not real" };

type Statement = { all: (...params: unknown[]) => unknown[]; get: (...params: unknown[]) => unknown };
type SqliteDb = { prepare: (sql: string) => Statement; close: () => void };
const Sqlite = createRequire(__filename)("better-sqlite3") as new (
  file: string,
  options: { readonly: boolean; fileMustExist: boolean },
) => SqliteDb;

/** The e2e server's data dir (tests/e2e/server.mjs notes it, one file per port). */
function dataDir() {
  return fs.readFileSync(path.join(os.tmpdir(), `mend-e2e-${new URL(baseURL).port}.datadir`), "utf8").trim();
}

function withDb<T>(read: (db: SqliteDb) => T): T {
  const db = new Sqlite(path.join(dataDir(), "mend.db"), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

function runSeed(env: Record<string, string> = {}, args: string[] = []) {
  const childEnv: Record<string, string | undefined> = { ...process.env, MEND_DATA_DIR: dataDir(), NEXTAUTH_URL: baseURL, ...env };
  delete childEnv.DATABASE_URL;
  if (!env.NODE_ENV) delete childEnv.NODE_ENV;
  const result = spawnSync(process.execPath, ["lib/cli/seed-demo.mjs", ...args], {
    cwd: ROOT,
    env: childEnv as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The couple a user belongs to, by email. */
function coupleOf(db: SqliteDb, email: string): string | undefined {
  const row = db.prepare('SELECT m.coupleId AS id FROM "Membership" m JOIN "User" u ON u.id = m.userId WHERE u.email = ?').get(email) as
    { id: string } | undefined;
  return row?.id;
}

const tables = (db: SqliteDb) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma_%'").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
const columnsOf = (db: SqliteDb, table: string) =>
  (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);

/** Every row of a couple, its accounts and their per-user rows, as JSON per table. */
function coupleSnapshot(db: SqliteDb, coupleId: string): Record<string, string> {
  const userIds = (
    db.prepare('SELECT userId FROM "Membership" WHERE coupleId = ? ORDER BY userId').all(coupleId) as { userId: string }[]
  ).map((r) => r.userId);
  const inUsers = `(${userIds.map(() => "?").join(",")})`;
  const out: Record<string, string> = {};
  for (const name of tables(db)) {
    const columns = columnsOf(db, name);
    let rows: unknown[] | undefined;
    if (columns.includes("coupleId")) rows = db.prepare(`SELECT * FROM "${name}" WHERE coupleId = ? ORDER BY 1`).all(coupleId);
    else if (name === "Couple") rows = db.prepare('SELECT * FROM "Couple" WHERE id = ?').all(coupleId);
    else if (name === "User") rows = db.prepare(`SELECT * FROM "User" WHERE id IN ${inUsers} ORDER BY 1`).all(...userIds);
    else if (columns.includes("userId")) rows = db.prepare(`SELECT * FROM "${name}" WHERE userId IN ${inUsers} ORDER BY 1`).all(...userIds);
    if (rows) out[name] = JSON.stringify(rows);
  }
  return out;
}

/** How many rows each couple-owned table holds for a couple. */
function coupleCounts(db: SqliteDb, coupleId: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of tables(db)) {
    if (!columnsOf(db, name).includes("coupleId")) continue;
    out[name] = (db.prepare(`SELECT COUNT(*) AS n FROM "${name}" WHERE coupleId = ?`).get(coupleId) as { n: number }).n;
  }
  return out;
}

const therapistLink = (stdout: string) => {
  const link = /https?:\/\/\S+\/share\/[A-Za-z0-9_-]{43}/.exec(stdout)?.[0];
  expect(link, `a therapist link in the seed's output:\n${stdout}`).toBeTruthy();
  return link!;
};

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/signin");
  await signIn(page, email, DEMO.password);
  return { context, page };
}

test.describe.configure({ mode: "serial" });

test("the demo seed runs twice, replaces only the demo couple, and its sign-ins and therapist link work", async ({ browser }) => {
  test.setTimeout(300_000);
  // Another couple, made through the app, that the seed must leave exactly as it was.
  const other = await setUpCouple(browser, ["Robin", "Kai"]);
  await other.a.context.close();
  await other.b.context.close();
  const otherCouple = withDb((db) => coupleOf(db, other.a.email));
  expect(otherCouple).toBeTruthy();
  const otherBefore = withDb((db) => coupleSnapshot(db, otherCouple!));
  expect(JSON.parse(otherBefore.SafetyCheck ?? "[]")).toHaveLength(2);

  const first = runSeed();
  expect(first.code, first.stderr).toBe(0);
  expect(first.stdout).toContain(DEMO.alex);
  expect(first.stdout).toContain(DEMO.sam);
  expect(first.stdout).toContain(DEMO.password);
  expect(first.stdout).toContain(`${baseURL}/signin`);
  const firstLink = therapistLink(first.stdout);
  const firstCouple = withDb((db) => coupleOf(db, DEMO.alex))!;
  const firstCounts = withDb((db) => coupleCounts(db, firstCouple));
  expect(firstCounts.CheckIn).toBeGreaterThan(80);
  expect(firstCounts.AgreementVersion).toBeGreaterThanOrEqual(5);
  expect(firstCounts.AnswerRevision).toBeGreaterThanOrEqual(3);

  const second = runSeed();
  expect(second.code, second.stderr).toBe(0);
  expect(second.stdout).toContain("The demo couple was reset.");
  const secondLink = therapistLink(second.stdout);
  expect(secondLink).not.toBe(firstLink);

  withDb((db) => {
    // One demo couple, a new one; nothing of the first is left in any table.
    const secondCouple = coupleOf(db, DEMO.alex)!;
    expect(secondCouple).not.toBe(firstCouple);
    expect(coupleOf(db, DEMO.sam)).toBe(secondCouple);
    expect(db.prepare('SELECT COUNT(*) AS n FROM "User" WHERE email LIKE ?').get("%@demo.mend.invalid")).toEqual({ n: 2 });
    expect(Object.values(coupleCounts(db, firstCouple)).reduce((a, b) => a + b, 0)).toBe(0);
    expect(db.prepare('SELECT COUNT(*) AS n FROM "Couple" WHERE id = ?').get(firstCouple)).toEqual({ n: 0 });
    expect(coupleCounts(db, secondCouple)).toEqual(firstCounts);
    // The other couple, row for row.
    expect(coupleSnapshot(db, otherCouple!)).toEqual(otherBefore);
  });

  // Sam (who was hurt) signs in with the printed password: the agreement Sam amended shows its history.
  const sam = await signedIn(browser, DEMO.sam);
  await sam.page.goto("/app");
  await expect(sam.page).toHaveURL(`${baseURL}/app`);
  await expect(sam.page.getByTestId("next-step")).toBeVisible();
  await expect(sam.page.getByTestId("since-last-visit")).toBeVisible();
  await expectNoAxeViolations(sam.page);
  await sam.page.goto("/app/agreements");
  await expectNoAxeViolations(sam.page);
  await sam.page
    .getByRole("link", { name: /My phone stays open to you/ })
    .first()
    .click();
  const history = sam.page.getByTestId("timeline-item");
  await expect(history.filter({ hasText: "Alex proposed: version 1" })).toHaveCount(1);
  await expect(history.filter({ hasText: "You proposed a change: version 2 (from version 1)" })).toHaveCount(1);
  await expect(history.filter({ hasText: "Alex accepted version 2" })).toHaveCount(1);
  await expectNoAxeViolations(sam.page);
  await sam.context.close();

  // Alex (who broke trust): Sam's shared check-in notes on the timeline, the revised answer in the Q&A.
  const alex = await signedIn(browser, DEMO.alex);
  await alex.page.goto("/app/timeline");
  await expect(alex.page.getByTestId("chart-trust")).toBeVisible();
  await expect(alex.page.getByText("Walked with Alex after dinner. Easier than last month.")).toBeVisible();
  await expect(alex.page.getByText("I couldn't sleep again.")).toHaveCount(0); // Sam's private note
  await expectNoAxeViolations(alex.page);
  await alex.page.goto("/app/questions");
  await expect(alex.page.getByText(/the daily messaging started in February/).first()).toBeVisible();
  await expectNoAxeViolations(alex.page);
  await alex.context.close();

  // The first run's link is gone with its couple; the second run's opens the shared sections.
  const therapist = await browser.newContext();
  const page = await therapist.newPage();
  const gone = await page.goto(firstLink);
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This link isn't available" })).toBeVisible();
  await page.goto(secondLink);
  await expect(page.getByText("Shared with Jordan Reyes")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Alex & Sam" })).toBeVisible();
  for (const heading of [
    "Journey progress",
    "Check-ins and the trust timeline",
    "Entries shared with you",
    "Rules of the game",
    "Commitments",
    "Talks",
    "Questions held for a session",
    "Trigger log",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("Why did you keep going when you knew it was wrong?")).toBeVisible();
  await expect(page.getByText("When a talk gets too heated").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await therapist.close();
});

test("with NODE_ENV=production the demo seed refuses without --force and changes nothing", async () => {
  const before = withDb((db) => {
    const couple = coupleOf(db, DEMO.alex);
    return couple ? coupleSnapshot(db, couple) : null;
  });
  expect(before, "the demo couple from the test before").not.toBeNull();
  const refused = runSeed({ NODE_ENV: "production" });
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain("--force");
  expect(refused.stdout).not.toContain("/share/");
  const after = withDb((db) => {
    const couple = coupleOf(db, DEMO.alex);
    return couple ? coupleSnapshot(db, couple) : null;
  });
  expect(after).toEqual(before);
});
