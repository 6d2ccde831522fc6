import { expect, test } from "@playwright/test";
import { addHomework, setUpCouple, signIn, writeEntry } from "./helpers";

// A button whose action fails says so beside the button (components/ui/use-action.ts). Each
// failure here is real: the other partner, or another tab, changed things first. The pages
// are then reloaded to show the server's truth, so nothing here rests on optimistic state.

const GONE = "That entry doesn't exist or isn't yours to change.";

test("ticking homework the partner deleted meanwhile shows why, next to the checkbox", async ({ browser }) => {
  const { a, b } = await setUpCouple(browser, ["Hal", "Ida"]);
  const homework = await addHomework(b.page, "Walk after dinner");

  // A's page still shows the item when B erases it.
  await a.page.goto("/app/stages/professional-help");
  const tick = a.page.getByRole("checkbox", { name: /Walk after dinner/ });
  await expect(tick).toBeVisible();
  await homework.getByTestId("entry").getByRole("button", { name: "Delete" }).click();
  await homework.getByRole("button", { name: "Yes, erase it" }).click();
  // Erased before reloading: a reload while the click is still on its way would cancel it.
  await expect(homework.getByTestId("entry")).toHaveCount(0);
  await b.page.reload();
  await expect(b.page.locator("[data-tool=homework]").getByTestId("entry")).toHaveCount(0);

  await tick.click();
  const entry = a.page.locator("[data-tool=homework]").getByTestId("entry");
  await expect(entry.getByRole("alert").filter({ hasText: GONE })).toHaveText(GONE);

  await a.page.reload();
  await expect(a.page.getByRole("checkbox", { name: /Walk after dinner/ })).toHaveCount(0);
});

test("erasing an entry already erased in another tab shows why, next to the button", async ({ browser }) => {
  const { a } = await setUpCouple(browser, ["Jay", "Kai"]);
  const entry = await writeEntry(a.page, {
    stage: "acknowledgment",
    exercise: "Write your accountability statement",
    answers: ["I kept it from you."],
    visibility: "Only me",
  });
  const entryId = await entry.getAttribute("data-entry-id");
  const other = await a.context.newPage();
  await other.goto("/app/stages/acknowledgment");
  const stale = other.locator(`[data-entry-id="${entryId}"]`);
  await expect(stale).toBeVisible();

  await entry.getByRole("button", { name: "Delete" }).click();
  await entry.getByRole("button", { name: "Yes, erase it" }).click();
  await expect(a.page.locator(`[data-entry-id="${entryId}"]`)).toHaveCount(0);

  await stale.getByRole("button", { name: "Delete" }).click();
  await stale.getByRole("button", { name: "Yes, erase it" }).click();
  await expect(stale.getByRole("alert").filter({ hasText: GONE })).toBeVisible();

  await other.reload();
  await expect(other.locator(`[data-entry-id="${entryId}"]`)).toHaveCount(0);
});

test("marking a stage done after the session ended goes to sign in, and marks nothing", async ({ browser }) => {
  const { a } = await setUpCouple(browser, ["Lea", "Max"]);
  await a.page.goto("/app/stages/patience");
  await a.context.clearCookies();
  await a.page.getByRole("button", { name: "Mark my part done" }).click();
  await a.page.waitForURL(/\/signin\?callbackUrl=/);
  await signIn(a.page, a.email);
  await a.page.goto("/app/stages/patience");
  await expect(a.page.getByRole("button", { name: "Mark my part done" })).toBeVisible();
});
