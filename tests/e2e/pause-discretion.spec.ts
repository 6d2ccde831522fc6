import { expect, test, type Page } from "@playwright/test";
import { setUpCouple } from "./helpers";

// Issue 21, point 12: the pause must not announce itself. Someone looking over the shoulder of the
// partner who paused after their safety check sees one neutral line, the same the other partner
// sees; the detail is on the safety page only. And while paused, the other partner's pages show
// joint work as paused instead of inviting them to it.

const PAUSED = "Joint exercises are paused for now. Individual exercises stay open.";
/** Words that would tell an onlooker who paused, or why. */
const REVEALS = /after your safety check|you paused|pause came from you|Support for you comes first/i;

/**
 * A safety check with red flags: the last answer to every question, whatever the wording; then the
 * choice the check offers before a pause, "pause now".
 */
async function takeFlaggedCheck(page: Page) {
  await page.goto("/app/safety");
  for (const group of await page
    .getByRole("group")
    .filter({ has: page.getByRole("radio", { name: "No", exact: true }) })
    .all()) {
    await group.getByRole("radio").last().check();
  }
  await page.getByRole("button", { name: "Save my answers" }).click();
  await page.getByTestId("pause-choice").getByRole("button", { name: "Pause joint exercises now" }).click();
  await page.waitForURL("**/app/safety?result=saved");
}

test("the partner who paused sees only the neutral line outside the safety page; the other is not invited to joint work", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);

  // Sam asks a question, so one waits for Alex's answer; then Sam's check pauses joint work.
  await b.page.goto("/app/questions");
  await b.page.waitForLoadState("networkidle");
  await b.page.getByLabel("Your question").fill("When did it really end?");
  await b.page.getByRole("button", { name: "Add to the Q&A" }).click();
  await expect(b.page.getByTestId("question")).toContainText("Waiting for an answer.");
  await takeFlaggedCheck(b.page);

  // Every page of Sam's but the safety page: the one neutral line, nothing that says who paused or why.
  for (const path of ["/app", "/app/stages/professional-help", "/app/questions", "/app/settings"]) {
    await b.page.goto(path);
    await expect(b.page.getByTestId("joint-paused"), path).toHaveText(PAUSED);
    // Stage texts mention the safety check to everyone; what must never show is that this person paused.
    await expect(b.page.locator("body"), path).not.toContainText(REVEALS);
  }
  // The detail is on the safety page.
  await b.page.goto("/app/safety");
  await expect(b.page.getByTestId("joint-paused")).toHaveText(PAUSED);
  await expect(b.page.getByTestId("my-pause")).toContainText("after your safety check");

  // Alex reads the very same line, and is not invited to answer what would be refused.
  await a.page.goto("/app");
  await expect(a.page.getByTestId("joint-paused")).toHaveText(PAUSED);
  await expect(a.page.getByTestId("talking-it-through-card")).not.toContainText("waiting for your answer");
  await expect(a.page.getByLabel("Your answer")).toHaveCount(0);
  await a.page.goto("/app/questions");
  await expect(a.page.getByTestId("question")).toContainText("When did it really end?");
  await expect(a.page.getByLabel("Your answer")).toHaveCount(0);
  await expect(a.page.getByRole("button", { name: "Save my answer" })).toHaveCount(0);
  await expect(a.page.getByTestId("question").getByTestId("joint-paused-note")).toBeVisible();
});
