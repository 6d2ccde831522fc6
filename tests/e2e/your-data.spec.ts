import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAfterReload, expectNoAxeViolations, setUpCouple, writeEntry } from "./helpers";

// Issue 13: export as JSON and as a printable page; deleting an account signs out, and the
// partner sees a neutral notice while keeping what was shared with them.

const SHOTS = "test-results/screenshots";

test("export downloads valid JSON and a printable copy; deleting the account signs out and the partner sees a neutral notice", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  fs.mkdirSync(SHOTS, { recursive: true });
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);
  const stage = "self-work";
  const exercise = "Understanding what led here";
  await writeEntry(a.page, { stage, exercise, answers: ["Alex's private note, for Alex only."], visibility: "Only me" });
  await writeEntry(a.page, { stage, exercise, answers: ["Alex's note, shared with Sam."], visibility: "Me and my partner" });
  await writeEntry(b.page, { stage, exercise, answers: ["Sam's private note, never in Alex's export."], visibility: "Only me" });

  await a.page.goto("/app/settings");
  await a.page.getByRole("link", { name: "Export, leave or delete" }).click();
  await a.page.waitForURL("**/app/settings/data");
  await expect(a.page.getByRole("heading", { level: 1, name: "Your data is yours" })).toBeVisible();
  await expectNoAxeViolations(a.page);

  // The password was entered at sign-up a moment ago, so the download starts at once.
  const [download] = await Promise.all([
    a.page.waitForEvent("download"),
    a.page.getByRole("button", { name: "Download my data (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mend-export-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
  expect(data).toMatchObject({ format: "mend-export", schemaVersion: 1, sections: { account: { name: "Alex" } } });
  const text = JSON.stringify(data);
  expect(text).toContain("Alex's private note, for Alex only.");
  expect(text).toContain("Alex's note, shared with Sam.");
  expect(text).not.toContain("Sam's private note");

  await a.page.getByRole("link", { name: "Open a printable copy" }).click();
  await a.page.waitForURL("**/app/settings/data/print");
  await expect(a.page.getByTestId("export-entries")).toContainText("Alex's note, shared with Sam.");
  await expect(a.page.locator("body")).not.toContainText("Sam's private note");
  await expectNoAxeViolations(a.page);

  // Delete: nothing confirmed → field errors, nothing deleted.
  await a.page.goto("/app/settings/data");
  await a.page.setViewportSize({ width: 375, height: 800 });
  const remove = a.page.locator("#delete");
  await remove.getByRole("button", { name: "Delete my account" }).click();
  await expect(remove.getByText("Type the word delete to confirm.")).toBeVisible();
  await remove.getByLabel("Type the word delete to confirm").fill("delete");
  await remove.getByRole("button", { name: "Delete my account" }).click();
  await expect(remove.getByText("Choose what happens to what you shared.")).toBeVisible();
  await remove.getByRole("radio", { name: /Keep it readable to my partner/ }).check();
  await a.page.screenshot({ path: `${SHOTS}/your-data-375.png`, fullPage: true });
  await remove.getByRole("button", { name: "Delete my account" }).click();
  await a.page.waitForURL((url) => url.pathname === "/");
  await a.page.goto("/app");
  await a.page.waitForURL("**/signin**");

  // Sam: a neutral notice, Sam's own entries, and Alex's shared note kept as a former partner's.
  await b.page.goto("/app");
  await expectAfterReload(b.page, async () => {
    await expect(b.page.getByTestId("partner-departed")).toHaveText(/Your partner is no longer part of this workspace\./);
  });
  await expect(b.page.getByTestId("partner-departed")).not.toContainText(/deleted|Alex/);
  await expectNoAxeViolations(b.page);
  await b.page.goto(`/app/stages/${stage}`);
  await expect(b.page.getByText("Sam's private note, never in Alex's export.")).toBeVisible();
  const kept = b.page.getByRole("article", { name: "A former partner's entry" });
  await expect(kept).toContainText("Alex's note, shared with Sam.");
  await expect(b.page.locator("body")).not.toContainText("Alex's private note");
});
