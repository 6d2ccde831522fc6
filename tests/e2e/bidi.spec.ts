import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { setUpCouple, tickShareSections } from "./helpers";

// Issue 21, point 4: a right-to-left override (U+202E) in a name or a workspace name must not
// reverse the sentence around it. The schema now refuses such names, but rows saved before that
// still hold them, so they are written here straight into the database, as an older row would be.

const RLO = "\u202e";

// better-sqlite3 ships without types; the few calls used here, typed by hand.
type SqliteDb = { prepare: (sql: string) => { run: (...params: unknown[]) => unknown }; close: () => void };
const Sqlite = createRequire(__filename)("better-sqlite3") as new (file: string, options: { fileMustExist: boolean }) => SqliteDb;

/** The e2e server's SQLite file (tests/e2e/server.mjs notes where its data dir is). */
function openDb(baseURL: string) {
  const note = path.join(os.tmpdir(), `mend-e2e-${new URL(baseURL).port}.datadir`);
  const db = new Sqlite(path.join(fs.readFileSync(note, "utf8").trim(), "mend.db"), { fileMustExist: true });
  db.prepare("PRAGMA busy_timeout = 5000").run();
  return db;
}

/**
 * Every text node holding the override sits in an element that isolates it (computed
 * `unicode-bidi: isolate`, as `<bdi>` has) and that holds exactly one stored value: the override
 * then reaches no further than the value itself. Returns the values found, for the caller to check.
 */
async function isolatedValues(page: Page, values: string[]) {
  const found = await page.evaluate(
    ({ rlo, values }) => {
      const out: { text: string; isolated: boolean; exact: boolean }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.includes(rlo)) continue;
        const parent = node.parentElement!;
        // An SVG's <desc> and <title> are read out by screen readers, never painted: nothing to reverse.
        if (parent.closest("svg desc, svg title")) continue;
        // Script and style text is never painted either (Next streams the page's data in <script> tags).
        if (parent.closest("script, style, template, noscript")) continue;
        out.push({
          text: parent.textContent ?? "",
          isolated: ["isolate", "isolate-override", "plaintext"].includes(getComputedStyle(parent).unicodeBidi),
          exact: values.includes(parent.textContent ?? ""),
        });
      }
      return out;
    },
    { rlo: RLO, values },
  );
  expect(found.length, `no text with U+202E on ${page.url()}`).toBeGreaterThan(0);
  for (const f of found)
    expect(f, `not isolated on ${page.url()}: ${JSON.stringify(f.text)}`).toEqual({ ...f, isolated: true, exact: true });
  return new Set(found.map((f) => f.text));
}

test("names and workspace names with a direction override are isolated wherever they are shown", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);

  // Sam proposes an agreement, so Alex's history names Sam. Only names refuse direction marks; a
  // title may hold one, so this one is typed in the form.
  const title = `Phones ${RLO}rennid ta`;
  await b.page.goto("/app/agreements");
  const propose = b.page.getByTestId("agreement-form");
  await propose.getByLabel("Title").fill(title);
  await propose.getByLabel("The agreement").fill("We leave our phones in the hall during dinner.");
  await propose.getByRole("button", { name: "Propose" }).click();
  await expect(b.page.getByTestId("agreement")).toContainText("Waiting for your partner's answer");

  await a.page.goto("/app/settings/sharing");
  await a.page.getByLabel("Therapist's name").fill("Dr. Rivera");
  await tickShareSections(a.page);
  await a.page.getByRole("button", { name: "Create link" }).click();
  const link = await a.page.getByRole("textbox", { name: "Link for Dr. Rivera" }).inputValue();

  const samName = `Sam${RLO}ecnerual`;
  const workspace = `Our ${RLO}emoh`;
  const therapist = `Dr. ${RLO}areviR`;
  const db = openDb(baseURL!);
  db.prepare('UPDATE "User" SET name = ? WHERE email = ?').run(samName, b.email);
  db.prepare(
    'UPDATE "Couple" SET name = ? WHERE id = (SELECT coupleId FROM "Membership" m JOIN "User" u ON u.id = m.userId WHERE u.email = ?)',
  ).run(workspace, a.email);
  db.prepare('UPDATE "ShareLink" SET therapistName = ? WHERE therapistName = ?').run(therapist, "Dr. Rivera");
  db.close();

  // The dashboard: the workspace's name, the partner's name and their activity.
  await a.page.goto("/app");
  const onDashboard = await isolatedValues(a.page, [samName, workspace, title]);
  expect([...onDashboard]).toEqual(expect.arrayContaining([samName, workspace]));

  // The agreement's history names who proposed it.
  await a.page.goto("/app/agreements");
  await a.page.getByRole("link", { name: /Phones/ }).click();
  await expect(a.page.getByTestId("timeline")).toBeVisible();
  const inHistory = await isolatedValues(a.page, [samName, workspace, title]);
  expect([...inHistory]).toEqual(expect.arrayContaining([samName, title]));

  // The therapist's page: whom it is shared with, the workspace and the partners.
  const therapistContext = await browser.newContext();
  const therapistPage = await therapistContext.newPage();
  await therapistPage.goto(link);
  const onSharePage = await isolatedValues(therapistPage, [samName, workspace, therapist, title]);
  expect([...onSharePage]).toEqual(expect.arrayContaining([therapist, workspace, samName]));

  // The partner's own notice of the link lists it by the therapist's name.
  await a.page.goto("/app/settings/sharing");
  expect([...(await isolatedValues(a.page, [samName, workspace, therapist, title]))]).toContain(therapist);
  await therapistContext.close();
});
