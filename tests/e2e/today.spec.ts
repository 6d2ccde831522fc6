import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, setUpCouple, shot } from "./helpers";

// Issue 22 §3: the home leads with one next step for this partner, then what changed since the last visit.

test("the home leads with this partner's next step, which moves on as each is done; the partner's doings are listed under it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);
  const next = a.page.getByTestId("next-step");

  // First thing each day: the check-in.
  await a.page.goto("/app");
  await expect(next).toHaveAttribute("data-step", "check-in");
  await expect(next.getByRole("heading", { name: "Today's check-in" })).toBeVisible();
  await expectNoAxeViolations(a.page);
  await next.getByRole("link", { name: "Check in" }).click();
  await a.page.waitForURL("**/app/check-in");
  await expect(a.page.locator("input[name=timeZone]")).not.toHaveValue("");
  await a.page.getByRole("group", { name: "Trust today" }).locator("label").nth(4).click();
  await a.page.getByRole("group", { name: "Closeness today" }).locator("label").nth(5).click();
  await a.page.getByRole("radio", { name: "Hopeful", exact: true }).check();
  await a.page.getByRole("button", { name: "Save check-in" }).click();
  await expect(a.page.getByTestId("check-in-status")).toContainText("Saved.");

  // Then the first exercise of the suggested stage written for Alex's side (the partner who broke trust).
  await a.page.goto("/app");
  await expect(next).toHaveAttribute("data-step", "exercise");
  await expect(next.getByRole("heading", { name: "Write your accountability statement" })).toBeVisible();
  await expect(next).toContainText("stage 1, Acknowledgment");

  // Sam asks a question: it waits for Alex, ahead of the exercise, which is one tap away under it.
  await b.page.goto("/app/questions");
  await b.page.waitForLoadState("networkidle");
  await b.page.getByLabel("Your question").fill("When did it really end?");
  await b.page.getByRole("button", { name: "Add to the Q&A" }).click();
  await expect(b.page.getByTestId("question")).toContainText("Waiting for an answer.");
  // Sam's own home never asks Sam to answer Sam's question.
  await b.page.goto("/app");
  await expect(b.page.getByTestId("next-step")).not.toContainText("waiting for your answer");

  await a.page.goto("/app");
  await expect(next).toHaveAttribute("data-step", "question");
  await expect(next.getByRole("heading", { name: "A question is waiting for your answer" })).toBeVisible();
  await expect(a.page.getByTestId("also-waiting").getByRole("link", { name: "Write your accountability statement" })).toHaveAttribute(
    "href",
    "/app/stages/acknowledgment#exercise-accountability-statement",
  );
  // What Sam did is listed under it, never the question's words.
  const since = a.page.getByTestId("since-last-visit");
  await expect(since.getByTestId("partner-feed")).toContainText("Sam asked a question in your Q&A");
  await expect(since).not.toContainText("When did it really end?");
  await expectNoAxeViolations(a.page);
  await a.page.setViewportSize({ width: 375, height: 812 });
  await shot(a.page, "today-375.png", { fullPage: true });
  await a.page.setViewportSize({ width: 1280, height: 900 });
  await shot(a.page, "today-desktop.png", { fullPage: true });

  await next.getByRole("link", { name: "Open your questions" }).click();
  await a.page.waitForURL("**/app/questions");
  await a.page.getByTestId("question").getByLabel("Your answer").fill("In March.");
  await a.page.getByTestId("question").getByRole("button", { name: "Save my answer" }).click();
  await expect(a.page.getByTestId("question")).toContainText("In March.");
  await a.page.goto("/app");
  await expect(next).toHaveAttribute("data-step", "exercise");
  await next.getByRole("link", { name: "Open the exercise" }).click();
  await a.page.waitForURL("**/app/stages/acknowledgment#exercise-accountability-statement");
  await expect(a.page.getByRole("heading", { name: "Write your accountability statement" })).toBeInViewport();
});
