import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { expectAfterReload, expectNoAxeViolations, setUpCouple, shotAt } from "./helpers";

// Issue 20 §4 (decision 012): stage 8 belongs to the hurt partner. Only they set or clear the
// choice to move on; the partner who broke trust has no button, and the server refuses the real
// action sent with stage 8's slug; nothing on stage 8 or the dashboard waits for both. With
// MEND_SHOTS_DIR set, stage 8 at 375 px for each side goes there for a person to look at.

const NOT_YOURS = "This choice belongs to the partner who was hurt. Only they can mark it or clear it, and nothing was changed.";

type Statement = { all: (...params: unknown[]) => unknown[] };
const Sqlite = createRequire(__filename)("better-sqlite3") as new (
  file: string,
  options: { readonly: boolean; fileMustExist: boolean },
) => { prepare: (sql: string) => Statement; close: () => void };

/** Who holds a stage-8 row in the couple of this e-mail address, read from the e2e server's database. */
function moveOnRows(baseURL: string, email: string) {
  const note = path.join(os.tmpdir(), `mend-e2e-${new URL(baseURL).port}.datadir`);
  const db = new Sqlite(path.join(fs.readFileSync(note, "utf8").trim(), "mend.db"), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT u.name AS name FROM "StageProgress" p JOIN "User" u ON u.id = p.userId
         WHERE p.stageSlug = 'forgiveness' AND p.coupleId = (SELECT m.coupleId FROM "Membership" m JOIN "User" x ON x.id = m.userId WHERE x.email = ?)`,
      )
      .all(email);
  } finally {
    db.close();
  }
}

async function setSide(page: Page, side: RegExp) {
  await page.goto("/app/settings");
  const form = page.locator("form", { has: page.getByLabel("Your name") });
  await form.getByRole("radio", { name: side }).check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
}

/** Sends this page's next server action with `from` rewritten to `to` in its body: a forged request from a real session. */
async function forgeNextAction(page: Page, url: string, from: string, to: string) {
  let forged = false;
  await page.route(url, async (route) => {
    const request = route.request();
    if (forged || request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    forged = true;
    await route.continue({ postData: request.postData()!.split(from).join(to) });
  });
  return () => page.unroute(url);
}

test("stage 8 belongs to the hurt partner: only they mark or clear the choice to move on", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  // Alex created the workspace as the partner who broke trust; Sam joins and says they were hurt.
  const { a, b } = await setUpCouple(browser);
  await setSide(b.page, /I was hurt by what happened/);

  // Sam's stage 8: their own panel, never the joint one, never "Waiting for both".
  await b.page.goto("/app/stages/forgiveness");
  const panel = b.page.getByTestId("move-on-panel");
  await expect(panel).toContainText("There is no timetable");
  await expect(b.page.getByTestId("progress-panel")).toHaveCount(0);
  await expect(b.page.getByRole("button", { name: "Mark my part done" })).toHaveCount(0);
  await expect(b.page.getByText("Waiting for both")).toHaveCount(0);
  await expect(b.page.getByTestId("move-on-state")).toHaveText("Nothing is marked.");
  await shotAt(b.page, 375, "stage8-hurt-375");
  await panel.getByRole("button", { name: "Mark that I choose to move on" }).click();
  await expectAfterReload(b.page, async () => {
    await expect(b.page.getByTestId("move-on-state")).toContainText("you marked that you choose to move on");
  });
  await expect(b.page.getByText("Waiting for both")).toHaveCount(0);
  await expectNoAxeViolations(b.page);
  await shotAt(b.page, 375, "stage8-hurt-marked-375");

  // Sam's dashboard: stage 8 is Sam's choice, not joint progress.
  await b.page.goto("/app");
  const samRow = b.page.locator("[data-stage=forgiveness]");
  await expect(samRow.getByTestId("joint-state")).toHaveText("You chose to move on");
  await expect(samRow).not.toContainText("Waiting for both");
  await expect(samRow).not.toContainText("Done together");

  // Alex's stage 8: one calm line, no button to mark or clear, and a plan for earning trust.
  await a.page.goto("/app/stages/forgiveness");
  await expect(a.page.getByTestId("move-on-not-yours")).toHaveText(/Whether and when to move on is Sam.s choice alone\./);
  await expect(a.page.getByTestId("move-on-panel")).toHaveCount(0);
  await expect(a.page.getByTestId("progress-panel")).toHaveCount(0);
  await expect(a.page.getByRole("button", { name: /move on|Mark my part done|Reopen this stage|Clear/ })).toHaveCount(0);
  await expect(a.page.locator("[data-exercise=earning-trust]")).toContainText("Earning trust, day by day");
  // Alex never learns from the page whether Sam has chosen.
  await expect(a.page.getByText(/you marked|chose to move on/i)).toHaveCount(0);
  await shotAt(a.page, 375, "stage8-broke-trust-375");

  // Alex's dashboard: stage 8 is Sam's choice, not suggested, and no activity line about it.
  await a.page.goto("/app");
  await expect(a.page.locator("[data-stage=forgiveness]").getByTestId("joint-state")).toHaveText("Your partner's choice");
  await expect(a.page.getByTestId("since-last-visit")).not.toContainText(/stage 8|Forgiveness/);
  await expectNoAxeViolations(a.page);

  // A forged request from Alex's real session: stage 1's "Mark my part done", sent with stage 8's slug.
  await a.page.goto("/app/stages/acknowledgment");
  let stopForging = await forgeNextAction(a.page, "**/app/stages/acknowledgment", "acknowledgment", "forgiveness");
  await a.page.getByRole("button", { name: "Mark my part done" }).click();
  await expect(a.page.getByText(NOT_YOURS)).toBeVisible();
  await stopForging();
  // ...and stage 1's "Reopen this stage", sent to clear Sam's choice.
  await a.page.reload();
  await a.page.getByRole("button", { name: "Mark my part done" }).click();
  await expect(a.page.getByTestId("joint-state")).toHaveText("Waiting for both");
  stopForging = await forgeNextAction(a.page, "**/app/stages/acknowledgment", "acknowledgment", "forgiveness");
  await a.page.getByRole("button", { name: "Reopen this stage" }).click();
  await expect(a.page.getByText(NOT_YOURS)).toBeVisible();
  await stopForging();
  // The real stage 1 mark is untouched: the forged reopen cleared nothing there either.
  await a.page.reload();
  await expect(a.page.getByTestId("joint-state")).toHaveText("Waiting for both");
  expect(moveOnRows(baseURL!, b.email)).toEqual([{ name: "Sam" }]);

  // Sam's choice is still there, and only Sam clears it.
  await b.page.goto("/app/stages/forgiveness");
  await expect(b.page.getByTestId("move-on-state")).toContainText("you marked that you choose to move on");
  await b.page.getByRole("button", { name: "Clear my choice" }).click();
  await expectAfterReload(b.page, async () => {
    await expect(b.page.getByTestId("move-on-state")).toHaveText("Nothing is marked.");
  });
  expect(moveOnRows(baseURL!, b.email)).toEqual([]);
});
