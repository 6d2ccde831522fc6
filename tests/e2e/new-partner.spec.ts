import { expect, test } from "@playwright/test";
import { copyInviteLink, expectAfterReload, setUpCouple, signUp, writeEntry } from "./helpers";

// Issue 21, point 1 (the red-team scenario): what was shared with a partner stays with that
// partner. A partner who joins after someone left never reads what was shared before.

test("a new partner never reads what was shared with the partner who left; the one who stayed still does", async ({ browser }) => {
  test.setTimeout(240_000);
  const { a: p, b: q } = await setUpCouple(browser, ["Parker", "Quinn"]);
  const stage = "self-work";
  const exercise = "Understanding what led here";
  await writeEntry(p.page, { stage, exercise, answers: ["Parker's words, written for Quinn."], visibility: "Me and my partner" });
  await writeEntry(q.page, { stage, exercise, answers: ["Quinn's words, written for Parker."], visibility: "Me and my partner" });

  // Quinn leaves and keeps what Quinn shared readable to "my partner".
  await q.page.goto("/app/settings/data");
  const leave = q.page.locator("#leave");
  await leave.getByRole("radio", { name: /Keep it readable to my partner/ }).check();
  await leave.getByRole("button", { name: "Leave this workspace" }).click();
  await q.page.waitForURL("**/app/welcome");

  // Parker invites Riley, and Riley joins.
  const link = await copyInviteLink(p.page);
  const rContext = await browser.newContext();
  const r = await rContext.newPage();
  await signUp(r, "Riley", { from: new URL(link).pathname });
  await r.waitForURL(/\/invite\//);
  await r.getByRole("button", { name: /^Join / }).click();
  await r.waitForURL((url) => url.pathname === "/app/start");

  await r.goto(`/app/stages/${stage}`);
  await expect(r.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(r.locator("body")).not.toContainText("Quinn's words");
  await expect(r.locator("body")).not.toContainText("Parker's words");
  await expect(r.getByTestId("earlier-partner")).toContainText("stays private");
  await r.goto("/app");
  await expect(r.getByTestId("earlier-partner")).toContainText("had an earlier partner");

  // Parker was there: both entries are still Parker's to read, and Parker's own says Riley can't see it.
  await expectAfterReload(p.page, async () => {
    await p.page.goto(`/app/stages/${stage}`);
    await expect(p.page.getByText("Quinn's words, written for Parker.")).toBeVisible();
  });
  await expect(p.page.getByText("Parker's words, written for Quinn.")).toBeVisible();
  await expect(p.page.getByTestId("shared-before-join")).toContainText("Shared before Riley joined");

  // Sharing it again makes it Riley's to read.
  await p.page.getByRole("button", { name: "Share it with Riley" }).click();
  await expect(p.page.getByTestId("shared-before-join")).toHaveCount(0);
  await r.goto(`/app/stages/${stage}`);
  await expectAfterReload(r, async () => {
    await expect(r.getByText("Parker's words, written for Quinn.")).toBeVisible();
  });
  await expect(r.locator("body")).not.toContainText("Quinn's words");
});
