import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, setUpCouple, shot } from "./helpers";

test("two partners agree, amend with a conflict, keep a commitment, and print their rules", async ({ browser }) => {
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);

  // A proposes; B accepts → active for both.
  await a.page.goto("/app/agreements");
  const propose = a.page.getByTestId("agreement-form");
  await propose.getByLabel("Title").fill("Phones at dinner");
  await propose.getByLabel("The agreement").fill("We leave our phones in the hall during dinner.");
  await propose.getByRole("button", { name: "Propose" }).click();
  await expect(a.page.getByTestId("agreement")).toContainText("Waiting for your partner's answer");
  await expectNoAxeViolations(a.page);

  await b.page.goto("/app");
  await b.page.getByRole("link", { name: "Open the agreements" }).click();
  // The home also links the waiting agreement; wait for the list itself before picking from it.
  await expect(b.page).toHaveURL(/\/app\/agreements$/);
  await b.page.getByTestId("agreement").getByRole("link", { name: "Phones at dinner" }).click();
  await b.page.getByTestId("pending-version").getByRole("button", { name: "Accept" }).click();
  await expect(b.page.getByTestId("agreement-status")).toContainText("version 1 in force");
  const url = b.page.url();

  // A opens the amend form; meanwhile B proposes an amendment; A's save hits the conflict.
  await a.page.goto(url);
  await expect(a.page.getByTestId("agreement-status")).toContainText("In force");
  await a.page.getByText("Propose a change").click();
  const aForm = a.page.getByTestId("agreement-form");
  await aForm.getByLabel("The agreement").fill("We leave our phones in the hall during dinner, on weekdays.");

  await b.page.reload();
  await b.page.getByText("Propose a change").click();
  await b.page
    .getByTestId("agreement-form")
    .getByLabel("The agreement")
    .fill("We leave our phones in the hall during dinner and at bedtime.");
  await b.page.getByRole("button", { name: "Propose this change" }).click();
  await expect(b.page.getByTestId("pending-version")).toContainText("and at bedtime");

  await aForm.getByRole("button", { name: "Propose this change" }).click();
  await expect(aForm.getByTestId("conflict")).toContainText("Your partner changed this agreement");
  await expect(aForm.getByTestId("newer-text")).toHaveText("We leave our phones in the hall during dinner and at bedtime.");
  await expect(aForm.getByLabel("The agreement")).toHaveValue("We leave our phones in the hall during dinner, on weekdays.");
  // The conflict names the one thing to press (saving again on the old version would only repeat it).
  await expect(aForm.getByTestId("conflict-next")).toContainText("press “Build on version 2 instead”, then save");
  await aForm.getByRole("button", { name: "Build on version 2 instead" }).click();
  await expect(aForm.getByTestId("conflict")).toHaveCount(0);
  await expect(aForm.getByTestId("conflict-resolved")).toHaveText(/proposed on top of version 2/);
  await expect(aForm.getByLabel("The agreement")).toHaveValue("We leave our phones in the hall during dinner, on weekdays.");

  // A accepts B's amendment instead; the history shows a word diff.
  await a.page.getByTestId("pending-version").getByRole("button", { name: "Accept" }).click();
  await expect(a.page.getByTestId("agreement-status")).toContainText("version 2 in force");
  await a.page.reload();
  await expect(a.page.getByTestId("timeline").locator("ins")).toContainText("and at bedtime");
  await expectNoAxeViolations(a.page);
  await shot(a.page, "agreement-history.png", { fullPage: true });
  await a.page.setViewportSize({ width: 375, height: 800 });
  await a.page.reload();
  await shot(a.page, "agreement-history-375.png", { fullPage: true });
  await a.page.setViewportSize({ width: 1280, height: 800 });

  // A makes a daily commitment and logs it kept; B confirms; the kept-rate shows 100 %.
  await a.page.goto("/app/stages/consistency");
  const form = a.page.getByTestId("commitment-form");
  await form.getByLabel("What I commit to").fill("I text if I'll be more than 15 minutes late");
  await form.getByLabel("How often it applies").selectOption("daily");
  await form.getByRole("button", { name: "Make this commitment" }).click();
  const mine = a.page.getByTestId("commitment");
  await expect(mine).toContainText("Daily");
  await mine.getByRole("button", { name: "Log an occasion" }).click();
  await mine.getByRole("button", { name: "I kept it" }).click();
  await expect(mine.getByTestId("commitment-log")).toContainText("Kept");

  await b.page.goto("/app/stages/consistency");
  const theirs = b.page.getByTestId("commitment");
  await theirs.getByRole("button", { name: "Confirm" }).click();
  await expect(theirs.getByTestId("commitment-log")).toContainText("confirmed by Sam");
  await b.page.reload();
  await expect(b.page.getByTestId("kept-rate-4").first()).toContainText("100 %");
  await expectNoAxeViolations(b.page);
  await b.page.setViewportSize({ width: 375, height: 800 });
  await shot(b.page, "commitments-375.png", { fullPage: true });

  await a.page.goto("/app");
  await expect(a.page.getByTestId("commitments-card")).toContainText("100 %");
  await expect(a.page.getByTestId("partner-feed")).toContainText("proposed a change to “Phones at dinner”");
  await expectNoAxeViolations(a.page);

  // The printable page lists the active rule (version 2).
  await a.page.goto("/app/agreements/print");
  await expect(a.page.getByTestId("printable-rules")).toContainText("and at bedtime");
  await expectNoAxeViolations(a.page);
});
