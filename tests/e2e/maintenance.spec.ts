import { expect, test } from "@playwright/test";
import { expectAfterReload, expectNoAxeViolations, setUpCouple, shot } from "./helpers";

// Issue 23 §1: after stage 9 the couple moves into maintenance. Each partner chooses how often
// check-in reminders come, writes a relapse-prevention plan with its own visibility, and a stage
// reopened in maintenance is shown to the other partner plainly, with daily reminders for two weeks.

test("a couple finishes stage 9, moves into maintenance, sets a cadence and a plan, and a reopened stage is seen neutrally", async ({
  browser,
}) => {
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);

  // Before: stage 9 explains what comes after it.
  await a.page.goto("/app/stages/boundaries");
  await expect(a.page.getByTestId("after-the-stages")).toContainText("moves into maintenance");
  await a.page.getByTestId("progress-panel").getByRole("button", { name: "Mark my part done" }).click();
  await expect(a.page.getByTestId("progress-panel")).toContainText("your part is done");
  // One partner's mark is not enough.
  await a.page.goto("/app");
  await expect(a.page.getByTestId("maintenance-notice")).toHaveCount(0);

  await b.page.goto("/app/stages/boundaries");
  await b.page.getByTestId("progress-panel").getByRole("button", { name: "Mark my part done" }).click();
  await expect(b.page.getByTestId("maintenance-notice")).toContainText("You're in maintenance");

  // Both see the plain explanation on the dashboard.
  await a.page.goto("/app");
  await expect(a.page.getByTestId("maintenance-notice")).toContainText("From here the work is quieter");
  await expectNoAxeViolations(a.page);

  // The reminder cadence: weekly to start with, each partner's own.
  await a.page.getByRole("link", { name: "Open maintenance and your relapse-prevention plan" }).click();
  await expect(a.page.getByRole("heading", { level: 1, name: "Maintenance" })).toBeVisible();
  const cadence = a.page.getByTestId("cadence-form");
  await expect(cadence.getByRole("radio", { name: "Once a week" })).toBeChecked();
  await cadence.getByRole("radio", { name: "Once a month" }).check();
  await cadence.getByRole("button", { name: "Save" }).click();
  await expect(cadence.getByRole("status")).toHaveText("Saved.");
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByTestId("cadence-form").getByRole("radio", { name: "Once a month" })).toBeChecked();
  });
  await b.page.goto("/app/maintenance");
  await expect(b.page.getByTestId("cadence-form").getByRole("radio", { name: "Once a week" })).toBeChecked();

  // The relapse-prevention plan, kept private first: the partner doesn't see it.
  const plan = a.page.locator("[data-tool=relapse-plan]");
  await plan.getByText("Write your plan").click();
  await plan.getByLabel("Warning signs I will watch for in myself").fill("Deleting messages before you could see them.");
  await plan.getByLabel(/where are the walls and the windows/).fill("Late chats with one colleague: a window that should be a wall.");
  await plan.getByLabel("What I will do when one of these signs shows").fill("Tell you the same evening.");
  await expect(plan.getByRole("radio", { name: "Only me" })).toBeChecked();
  await plan.getByRole("button", { name: "Add" }).click();
  await expect(plan.getByTestId("entry")).toHaveCount(1);
  await expectAfterReload(a.page, async () => {
    await expect(a.page.locator("[data-tool=relapse-plan]").getByTestId("entry")).toContainText("Only me");
  });
  await b.page.reload();
  await expect(b.page.locator("[data-tool=relapse-plan]").getByTestId("entry")).toHaveCount(0);
  await expectNoAxeViolations(a.page);
  await shot(a.page, "maintenance-desktop.png", { fullPage: true });
  await a.page.setViewportSize({ width: 375, height: 900 });
  await shot(a.page, "maintenance-375.png", { fullPage: true });
  await a.page.setViewportSize({ width: 1280, height: 900 });

  // Trust wobbles: A reopens stage 4 (after both had marked it); B sees which stage, not who, and daily reminders.
  await a.page.goto("/app/stages/consistency");
  await a.page.getByTestId("progress-panel").getByRole("button", { name: "Mark my part done" }).click();
  await a.page.getByTestId("progress-panel").getByRole("button", { name: "Reopen this stage" }).click();
  await expect(a.page.getByTestId("progress-panel").getByRole("button", { name: "Mark my part done" })).toBeVisible();

  await b.page.goto("/app");
  const notice = b.page.getByTestId("maintenance-notice");
  await expect(notice).toContainText("Stage 4 is open again");
  await expect(notice).toContainText("check-in reminders come every day for both of you");
  await expect(notice).not.toContainText("Alex");
  await expect(notice).not.toContainText(/failed|went wrong/i);
  await expectNoAxeViolations(b.page);
  await shot(b.page, "maintenance-notice-desktop.png");
  await b.page.setViewportSize({ width: 375, height: 900 });
  await shot(notice, "maintenance-notice-375.png");
});

test('either partner can say "we\'re in maintenance now"', async ({ browser }) => {
  const { a, b } = await setUpCouple(browser, ["Robin", "Kai"]);
  await b.page.goto("/app/maintenance");
  await expect(b.page.getByTestId("not-in-maintenance")).toBeVisible();
  await b.page.getByRole("button", { name: "We're in maintenance now" }).click();
  await expect(b.page.getByTestId("maintenance-notice")).toContainText("You're in maintenance");
  await a.page.goto("/app");
  await expect(a.page.getByTestId("maintenance-notice")).toContainText("You're in maintenance");
});

test("a couple plans a state of us every two weeks from the maintenance page, sees it listed, and either can stop it repeating", async ({
  browser,
}) => {
  const { a, b } = await setUpCouple(browser, ["Noa", "Ari"]);
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  // Nothing planned yet: a plain explanation and a link that opens the form on a "state of us".
  await a.page.goto("/app/maintenance");
  const section = a.page.getByTestId("state-of-us");
  await expect(section).toContainText("Every week or every two weeks");
  await section.getByRole("link", { name: "Plan a regular “state of us”" }).click();
  await a.page.waitForURL(/\/app\/talks\?template=state-of-us/);
  await a.page.waitForLoadState("networkidle");
  const form = a.page.getByTestId("schedule-form");
  await expect(form.getByRole("radio", { name: "A regular “state of us”" })).toBeChecked();
  await expect(form.getByRole("radio", { name: "Every two weeks", exact: true })).toBeChecked();
  await expect(form.getByRole("radio", { name: "Every week", exact: true })).not.toBeChecked();
  await expect(form.getByRole("radio", { name: "Doesn't repeat", exact: true })).toBeVisible();
  await form.getByLabel("Day").fill(day(4));
  await form.getByLabel("Time").fill("19:00");
  await form.getByRole("button", { name: "Propose this talk" }).click();
  await expect(form.getByRole("status")).toHaveText("Proposed. Your partner can accept it or suggest another time.");
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByTestId("talk-status")).toHaveText("waiting for an answer · every two weeks");
  });

  // Ari accepts; the card says how often it comes round.
  await b.page.goto("/app/talks");
  const card = b.page.getByTestId("talk");
  await expect(card).toContainText("State of us");
  await card.getByRole("button", { name: "Accept this time" }).click();
  await expectAfterReload(b.page, async () => {
    await expect(b.page.getByTestId("talk-status")).toHaveText("agreed · every two weeks");
    await expect(b.page.getByTestId("talk-repeat")).toContainText("Repeats every two weeks");
  });

  // The maintenance page now shows the next one and its rhythm, with a link to it.
  await a.page.goto("/app/maintenance");
  await expect(section).toContainText("Your next “state of us” is on");
  await expect(section).toContainText("it repeats every two weeks");
  await expect(section).toContainText("agreed");
  await expectNoAxeViolations(a.page);
  await shot(section, "state-of-us-maintenance-desktop.png");
  await a.page.setViewportSize({ width: 375, height: 900 });
  await shot(a.page, "state-of-us-maintenance-375.png", { fullPage: true });
  await a.page.setViewportSize({ width: 1280, height: 900 });
  await a.page.goto("/app/talks?template=state-of-us&every=14#propose");
  await a.page.waitForLoadState("networkidle");
  await shot(a.page, "state-of-us-talks-desktop.png", { fullPage: true });
  await a.page.setViewportSize({ width: 375, height: 900 });
  await shot(a.page, "state-of-us-talks-375.png", { fullPage: true });
  await a.page.setViewportSize({ width: 1280, height: 900 });

  // Ari opens it from the maintenance page and stops it repeating; the talk itself stays planned.
  await b.page.goto("/app/maintenance");
  await b.page.getByTestId("state-of-us").getByRole("link", { name: "Open the next “state of us”" }).click();
  await b.page.waitForURL(/\/app\/talks\/[^/?]+$/);
  await expect(b.page.getByTestId("talk-rhythm")).toHaveText("· every two weeks");
  await b.page.waitForLoadState("networkidle");
  await b.page.getByRole("button", { name: "Stop repeating" }).click();
  await expect(b.page.getByTestId("talk-rhythm")).toHaveCount(0);
  await expectAfterReload(b.page, async () => {
    await expect(b.page.getByTestId("talk-status")).toHaveText("agreed");
  });
  await a.page.goto("/app/maintenance");
  await expect(a.page.getByTestId("state-of-us")).toContainText("Every week or every two weeks");
  await expect(a.page.getByTestId("state-of-us")).not.toContainText("Your next");
});
