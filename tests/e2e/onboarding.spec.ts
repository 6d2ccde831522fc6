import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, PASSWORD, shot, signIn, uniqueEmail } from "./helpers";

// Issue 22 §1 and §2: from the landing page through sign-up and setting up, the partner joins by
// invite and gets the shorter version, and the first check-in is saved. axe on every page visited.

const step = (page: Page, n: number, of: number) => expect(page.getByText(`Setting up · Step ${n} of ${of}`)).toBeVisible();

/** The step's heading, once the page (and its form) has hydrated. */
async function atStep(page: Page, title: string, n: number, of: number) {
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await step(page, n, of);
  await expect(page.locator("[aria-current=step]")).toHaveCount(1);
}

/** The safety check's page, reached from the step: all "No", saved, then back to setting up. */
async function takeSafetyCheckFromSetup(page: Page) {
  await page.getByRole("link", { name: "Take the safety check" }).click();
  await page.waitForURL("**/app/safety");
  await expect(page.getByTestId("back-to-setup")).toBeVisible();
  await expectNoAxeViolations(page);
  for (const group of await page
    .getByRole("group")
    .filter({ has: page.getByRole("radio", { name: "No", exact: true }) })
    .all()) {
    await group.getByRole("radio", { name: "No", exact: true }).check();
  }
  await page.getByRole("button", { name: "Save my answers" }).click();
  await page.waitForURL("**/app/safety?result=saved");
  await page.getByRole("link", { name: "Back to setting up" }).click();
  await page.waitForURL("**/app/start");
  await expect(page.getByTestId("setup-safety-done")).toContainText("Thank you");
}

async function checkIn(page: Page, trust: number, closeness: number, mood: string) {
  const form = page.locator("form", { has: page.getByRole("group", { name: "Trust today" }) });
  // Hydrated once the browser's zone is in the form.
  await expect(form.locator("input[name=timeZone]")).not.toHaveValue("");
  await form.getByRole("group", { name: "Trust today" }).locator("label").nth(trust).click();
  await form.getByRole("group", { name: "Closeness today" }).locator("label").nth(closeness).click();
  await form.getByRole("radio", { name: mood, exact: true }).check();
  await form.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByTestId("check-in-status")).toHaveText("Saved. Thank you for checking in.");
}

test("landing → sign up → setting up → invite → the partner joins with the shorter version → the first check-ins", async ({ browser }) => {
  // Two people through every page, with axe on each: minutes on a busy 2-core machine.
  test.setTimeout(600_000);
  const ctxA = await browser.newContext();
  const a = await ctxA.newPage();

  // The landing page, signed out.
  await a.goto("/");
  await expect(a.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(a.getByRole("heading", { name: "Nine stages, in the order that fits you" })).toBeVisible();
  await expect(a.getByRole("list").filter({ hasText: "Stage 9" }).getByRole("listitem")).toHaveCount(9);
  for (const heading of [
    "What each of you does",
    "For a therapist",
    "What we promise about your privacy",
    "Mend is not a crisis service",
  ]) {
    await expect(a.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expectNoAxeViolations(a);
  await shot(a, "landing-1280.png", { fullPage: true });
  await a.getByRole("link", { name: "Create your workspace" }).click();

  // Sign-up.
  await a.waitForURL("**/signup");
  await expectNoAxeViolations(a);
  const emailA = uniqueEmail("Alex");
  await a.getByLabel("Your name").fill("Alex");
  await a.getByLabel("Email").fill(emailA);
  await a.getByLabel("Password").fill(PASSWORD);
  await a.getByRole("button", { name: "Create account" }).click();

  // No workspace yet: make one.
  await a.waitForURL("**/app/welcome");
  await expectNoAxeViolations(a);
  await a.getByLabel("Name of your workspace").fill("Alex & Sam");
  await a.getByRole("button", { name: "Create our workspace" }).click();

  // Step 1 of 5.
  await a.waitForURL("**/app/start");
  await atStep(a, "What to expect", 1, 5);
  await expectNoAxeViolations(a);
  await shot(a, "setup-1-expect.png", { fullPage: true });
  await a.getByRole("button", { name: "Continue" }).click();

  // Step 2: side and the kind of breach, through the settings' own forms.
  await atStep(a, "You, and what happened", 2, 5);
  await expectNoAxeViolations(a);
  const about = a.locator("form", { has: a.getByLabel("Your name") });
  await about.getByRole("radio", { name: "I broke the trust" }).check();
  await about.getByRole("button", { name: "Save" }).click();
  await expect(about.getByRole("status")).toHaveText("Saved.");
  const breach = a.locator("form", { has: a.getByRole("radio", { name: "Hidden money or debt" }) });
  await breach.getByRole("radio", { name: "Hidden money or debt" }).check();
  await breach.getByRole("button", { name: "Save" }).click();
  await expect(breach.getByRole("status")).toHaveText("Saved.");
  await shot(a, "setup-2-about.png", { fullPage: true });
  await a.getByRole("button", { name: "Continue" }).click();

  // Step 3: the private safety check on its own page, and back.
  await atStep(a, "A private safety check", 3, 5);
  await expectNoAxeViolations(a);
  await shot(a, "setup-3-safety.png", { fullPage: true });
  await takeSafetyCheckFromSetup(a);
  await atStep(a, "A private safety check", 3, 5);
  await a.getByRole("button", { name: "Continue" }).click();

  // Step 4: the invite link.
  await atStep(a, "Invite your partner", 4, 5);
  await expect(a.getByRole("button", { name: "Skip for now" })).toBeVisible();
  await a.getByRole("button", { name: "Create invite link" }).click();
  const field = a.getByLabel("Invite link for your partner");
  await expect(field).toHaveValue(/\/invite\//);
  const link = await field.inputValue();
  await expect(a.getByRole("button", { name: "Continue" })).toBeVisible();
  await expectNoAxeViolations(a);
  await shot(a, "setup-4-invite.png", { fullPage: true });
  await a.getByRole("button", { name: "Continue" }).click();
  await atStep(a, "Your first check-in", 5, 5);

  // Sam opens the link in another browser, signs up and joins.
  const ctxB = await browser.newContext();
  const b = await ctxB.newPage();
  await b.goto(new URL(link).pathname);
  await expectNoAxeViolations(b);
  await b.getByRole("link", { name: "Create an account" }).click();
  await b.waitForURL("**/signup?**");
  await b.getByLabel("Your name").fill("Sam");
  await b.getByLabel("Email").fill(uniqueEmail("Sam"));
  await b.getByLabel("Password").fill(PASSWORD);
  await b.getByRole("button", { name: "Create account" }).click();
  await b.waitForURL(/\/invite\//);
  await b.getByRole("button", { name: "Join Alex & Sam" }).click();

  // The shorter version: four steps, no invite.
  await b.waitForURL("**/app/start");
  await atStep(b, "What to expect", 1, 4);
  await expect(b.getByRole("main")).not.toContainText("Invite your partner");
  await expectNoAxeViolations(b);
  await b.getByRole("button", { name: "Continue" }).click();
  await atStep(b, "You, and what happened", 2, 4);
  // Alex's choice of breach is already the workspace's.
  await expect(b.getByRole("radio", { name: "Hidden money or debt" })).toBeChecked();
  const bAbout = b.locator("form", { has: b.getByLabel("Your name") });
  await bAbout.getByRole("radio", { name: "I was hurt by what happened" }).check();
  await bAbout.getByRole("button", { name: "Save" }).click();
  await expect(bAbout.getByRole("status")).toHaveText("Saved.");
  await b.getByRole("button", { name: "Continue" }).click();
  await atStep(b, "A private safety check", 3, 4);
  await takeSafetyCheckFromSetup(b);
  await b.getByRole("button", { name: "Continue" }).click();
  await atStep(b, "Your first check-in", 4, 4);
  await expectNoAxeViolations(b);
  await checkIn(b, 3, 5, "Tired");
  await b.getByRole("button", { name: "Finish" }).click();
  await b.waitForURL((url) => url.pathname === "/app");
  await expect(b.getByTestId("resume-setup")).toHaveCount(0);
  await expect(b.getByTestId("check-in-summary")).toContainText("You've checked in today");
  await expectNoAxeViolations(b);

  // Alex's first check-in, the last step.
  await a.reload();
  await atStep(a, "Your first check-in", 5, 5);
  await expectNoAxeViolations(a);
  await checkIn(a, 4, 6, "Hopeful");
  await shot(a, "setup-5-check-in.png", { fullPage: true });
  await a.getByRole("button", { name: "Finish" }).click();
  await a.waitForURL((url) => url.pathname === "/app");
  await expect(a.getByTestId("resume-setup")).toHaveCount(0);
  await expect(a.getByTestId("check-in-summary")).toContainText("You've checked in today");
  await expect(a.getByTestId("partner-card")).toHaveCount(2);
  await expectNoAxeViolations(a);

  // Both check-ins are stored: the timeline shows each, after a reload.
  await a.goto("/app/timeline");
  await a.reload();
  const summary = a.getByTestId("timeline-summary");
  await expect(summary).toContainText("Your latest check-in: trust 4, closeness 6");
  await expect(summary).toContainText("Sam's latest check-in: trust 3, closeness 5");

  // Finished: the flow's page says so rather than starting again.
  await a.goto("/app/start");
  await expect(a.getByRole("heading", { level: 1, name: "You've finished setting up" })).toBeVisible();
  await expectNoAxeViolations(a);

  // A signed-in visitor's landing page offers the workspace.
  await a.goto("/");
  await expect(a.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Open your workspace" })).toBeVisible();
  await expectNoAxeViolations(a);
});

test("leaving mid-way resumes at the same step, even from another browser; skipping the rest leaves a card that resumes or hides", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const page = await (await browser.newContext()).newPage();
  const email = uniqueEmail("Robin");
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Robin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/app/welcome");
  await page.getByLabel("Name of your workspace").fill("Robin's space");
  await page.getByRole("button", { name: "Create our workspace" }).click();
  await page.waitForURL("**/app/start");
  await atStep(page, "What to expect", 1, 5);
  await page.getByRole("button", { name: "Continue" }).click();
  await atStep(page, "You, and what happened", 2, 5);
  // Back goes back, and the keyboard starts at the new step's heading.
  await page.getByRole("button", { name: "Back" }).click();
  await atStep(page, "What to expect", 1, 5);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await page.getByRole("button", { name: "Continue" }).click();
  await atStep(page, "You, and what happened", 2, 5);
  await page.getByRole("button", { name: "Skip for now" }).click();
  await atStep(page, "A private safety check", 3, 5);

  // Away and back: the same step.
  await page.goto("/app/settings");
  await page.goto("/app/start");
  await atStep(page, "A private safety check", 3, 5);

  // Another browser, signed in afresh, finds the same step: it is stored on the server.
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, email);
  await elsewhere.goto("/app/start");
  await atStep(elsewhere, "A private safety check", 3, 5);

  // Skip the rest: the dashboard, with a card that says where setting up stopped.
  await page.getByRole("link", { name: "Skip the rest" }).click();
  await page.waitForURL((url) => url.pathname === "/app");
  const card = page.getByTestId("resume-setup");
  await expect(card.getByRole("heading", { name: "Finish setting up (step 3 of 5)" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "dashboard-resume-card.png");
  await card.getByRole("link", { name: "Continue setting up" }).click();
  await page.waitForURL("**/app/start");
  await atStep(page, "A private safety check", 3, 5);

  // Hidden from the dashboard, it stays hidden after a reload.
  await page.goto("/app");
  await page.getByTestId("resume-setup").getByRole("button", { name: "Hide this" }).click();
  await expect(page.getByTestId("resume-setup")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("resume-setup")).toHaveCount(0);
});

test("the landing page and a step of setting up at 375 px", async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByTestId("landing-illustration")).toBeVisible();
  // Nothing is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await shot(page, "landing-375.png", { fullPage: true });

  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Noor");
  await page.getByLabel("Email").fill(uniqueEmail("Noor"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/app/welcome");
  await page.getByLabel("Name of your workspace").fill("Noor's space");
  await page.getByRole("button", { name: "Create our workspace" }).click();
  await page.waitForURL("**/app/start");
  await atStep(page, "What to expect", 1, 5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await shot(page, "setup-1-expect-375.png", { fullPage: true });
  await page.getByRole("button", { name: "Continue" }).click();
  await atStep(page, "You, and what happened", 2, 5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await shot(page, "setup-2-about-375.png", { fullPage: true });
  await page.getByRole("button", { name: "Skip for now" }).click();
  await atStep(page, "A private safety check", 3, 5);
  await shot(page, "setup-3-safety-375.png", { fullPage: true });
  await page.getByRole("button", { name: "Skip for now" }).click();
  await atStep(page, "Invite your partner", 4, 5);
  await shot(page, "setup-4-invite-375.png", { fullPage: true });
  await page.getByRole("button", { name: "Skip for now" }).click();
  await atStep(page, "Your first check-in", 5, 5);
  await expectNoAxeViolations(page);
  await shot(page, "setup-5-check-in-375.png", { fullPage: true });
});
