import { expect, test } from "@playwright/test";
import { expectAfterReload, setUpCouple, shotAt } from "./helpers";

// Stage 3's anniversary plan: one partner saves the day, the other sees the countdown; each
// chooses their own reminder.

test("one partner saves the day of the discovery, the other sees the countdown and asks for a reminder", async ({ browser }) => {
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);
  // A day a little less than a year ago, so the anniversary is soon and the countdown says so.
  const day = new Date(Date.now() - 360 * 86_400_000).toISOString().slice(0, 10);

  await a.page.goto("/app/stages/patience");
  const card = a.page.locator("#anniversary");
  await expect(card).toContainText("No day saved");
  // A day from the future is refused next to the field, and nothing is saved.
  await card.getByLabel("The day it came to light").evaluate((input: HTMLInputElement) => input.removeAttribute("max"));
  await card.getByLabel("The day it came to light").fill("2999-01-01");
  await card.getByRole("button", { name: "Save the day" }).click();
  await expect(card.getByRole("alert").filter({ hasText: "can't be in the future" })).toBeVisible();
  await card.getByLabel("The day it came to light").fill(day);
  await card.getByRole("button", { name: "Save the day" }).click();
  await expect(card.getByRole("status")).toContainText("Saved for both of you");

  await b.page.goto("/app/stages/patience");
  const seen = b.page.locator("#anniversary");
  await expect(seen.getByTestId("anniversary-countdown")).toContainText(
    /The first anniversary is on .+, in \d+ days\. If you haven't agreed/,
  );
  await expect(seen.getByLabel("The day it came to light")).toHaveValue(day);
  const remind = seen.getByRole("checkbox", { name: /Email me a week before/ });
  await expect(remind).not.toBeChecked();
  await remind.check();
  await expectAfterReload(b.page, async () => {
    await expect(b.page.locator("#anniversary").getByRole("checkbox", { name: /Email me a week before/ })).toBeChecked();
  });
  // The reminder is B's own: A's stays off.
  await a.page.reload();
  await expect(a.page.locator("#anniversary").getByRole("checkbox", { name: /Email me a week before/ })).not.toBeChecked();

  await shotAt(b.page, 375, "anniversary-375", { part: b.page.locator("#anniversary") });

  // Removing the day removes it for both.
  await a.page.locator("#anniversary").getByRole("button", { name: "Remove the day" }).click();
  await expectAfterReload(b.page, async () => {
    await expect(b.page.locator("#anniversary")).toContainText("No day saved");
  });
});
