import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, setUpCouple, shot } from "./helpers";

// Agreement reviews (issue 23 §2): on its review date an agreement shows "Due for review"; each
// partner answers on their own; both keeping it reaffirms it with its next review date; a change
// proposed at the review goes through the amend flow; every answer is in the history.

/** A calendar day `days` from today (UTC), as a date input takes it. */
const day = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** A proposes an agreement whose review date was yesterday; B accepts it: it is due at once. */
async function dueAgreement(a: Page, b: Page, title: string) {
  await a.goto("/app/agreements");
  const form = a.getByTestId("agreement-form");
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("The agreement").fill("We tell each other when plans change, before, not after.");
  await form.getByLabel("Review date (optional)").fill(day(-1));
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(a.getByTestId("agreement").filter({ hasText: title })).toContainText("Waiting for your partner's answer");
  await b.goto("/app/agreements");
  await b.getByRole("link", { name: title }).click();
  await b.getByTestId("pending-version").getByRole("button", { name: "Accept" }).click();
  await expect(b.getByTestId("agreement-status")).toContainText("version 1 in force");
  return b.url();
}

test("both partners keep a due agreement: it is reaffirmed with its next review, and the history shows each answer", async ({
  browser,
}) => {
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);
  const url = await dueAgreement(a.page, b.page, "Plans that change");

  // On the day: due for review, on the list and on the page, with the three answers.
  await b.page.reload();
  const review = b.page.getByTestId("review");
  await expect(review).toContainText("Due for review");
  await expect(review.getByRole("button", { name: "Keep it as it is" })).toBeVisible();
  await expect(review.getByRole("link", { name: "Propose a change" })).toBeVisible();
  await expect(review.getByRole("button", { name: "Propose retiring it" })).toBeVisible();
  await expectNoAxeViolations(b.page);
  await shot(b.page, "agreement-review.png", { fullPage: true });
  await b.page.setViewportSize({ width: 375, height: 800 });
  await b.page.reload();
  await expect(b.page.getByTestId("review")).toBeVisible();
  await expectNoAxeViolations(b.page);
  await shot(b.page, "agreement-review-375.png", { fullPage: true });
  await b.page.setViewportSize({ width: 1280, height: 800 });

  await a.page.goto("/app/agreements");
  await expect(a.page.getByTestId("agreement").filter({ hasText: "Plans that change" })).toContainText("Due for review");

  // B keeps it; A sees B's answer, then keeps it too.
  await b.page.getByTestId("review").getByRole("button", { name: "Keep it as it is" }).click();
  await expect(b.page.getByTestId("review-mine")).toContainText("You chose to keep it as it is");
  await a.page.goto(url);
  await expect(a.page.getByTestId("review-partner")).toContainText("Your partner chose to keep it as it is");
  await a.page.getByTestId("review").getByRole("button", { name: "Keep it as it is" }).click();
  await expect(a.page.getByTestId("review")).toHaveCount(0);

  // Reaffirmed: no longer due, a next review date, and both answers in the history, after a reload.
  await a.page.reload();
  await expect(a.page.getByTestId("review")).toHaveCount(0);
  await expect(a.page.getByTestId("next-review")).toContainText("Next review on");
  const answers = a.page.getByTestId("timeline-item").filter({ hasText: "chose to keep it as it is" });
  await expect(answers).toHaveCount(2);
  await expect(answers.nth(0)).toContainText("Sam reviewed version 1");
  await expect(answers.nth(1)).toContainText("You reviewed version 1");
  await expectNoAxeViolations(a.page);
  await shot(a.page, "agreement-review-history.png", { fullPage: true });
});

test("a change proposed at a review goes through the amend flow, offers a new review date, and ends the review once accepted", async ({
  browser,
}) => {
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);
  const url = await dueAgreement(a.page, b.page, "Evenings out");

  await a.page.goto(url);
  await a.page.getByTestId("review").getByRole("link", { name: "Propose a change" }).click();
  const amend = a.page.getByTestId("amend");
  await expect(amend).toHaveAttribute("open", "");
  const form = amend.getByTestId("agreement-form");
  // The old review date has passed: the form offers one three months on.
  const offered = await form.getByLabel("Review date (optional)").inputValue();
  expect(offered > day(80), `offered ${offered}`).toBe(true);
  await form.getByLabel("The agreement").fill("We tell each other when plans change, and we check in by text after ten.");
  await form.getByRole("button", { name: "Propose this change" }).click();
  await expect(a.page.getByTestId("pending-version")).toContainText("after ten");

  await b.page.goto(url);
  await expect(b.page.getByTestId("review")).toContainText("A proposed change is waiting for an answer below.");
  await b.page.getByTestId("pending-version").getByRole("button", { name: "Accept" }).click();
  await expect(b.page.getByTestId("agreement-status")).toContainText("version 2 in force");
  await b.page.reload();
  await expect(b.page.getByTestId("review")).toHaveCount(0);
  await expect(b.page.getByTestId("next-review")).toContainText("Next review on");
  await expect(b.page.getByTestId("timeline-item").filter({ hasText: "proposed a change: version 2" })).toContainText("Alex");
  await expect(b.page.getByTestId("timeline-item").filter({ hasText: "accepted version 2" })).toContainText("You");
  await expectNoAxeViolations(b.page);

  // Each partner's own email switches, in settings: off until chosen.
  await a.page.goto("/app/settings#email");
  const talkBox = a.page.getByLabel("Email me when my partner proposes a talk");
  await expect(talkBox).not.toBeChecked();
  await expect(a.page.getByLabel("Email me a few days before an agreement's review date")).not.toBeChecked();
  await talkBox.check();
  await a.page.getByRole("button", { name: "Save email settings" }).click();
  await expect(a.page.locator("#email").getByRole("status")).toHaveText("Saved.");
  await a.page.reload();
  await expect(a.page.getByLabel("Email me when my partner proposes a talk")).toBeChecked();
  await expect(a.page.getByLabel("Email me a few days before an agreement's review date")).not.toBeChecked();
  await expectNoAxeViolations(a.page);
});
