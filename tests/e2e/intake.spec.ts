import { expect, test, type Page } from "@playwright/test";
import { expectAfterReload, expectNoAxeViolations, setUpCouple, shot, tickShareSections } from "./helpers";

// Issue 23 §4: each partner's intake summary, each answer with its own visibility; the therapist
// link with "Intake summary" ticked shows only answers shared with a therapist, and a neutral
// "joint work is paused" flag while a pause is on.

/** Picks a card-style choice inside one question's box. */
async function choose(page: Page, question: string, group: string, option: string) {
  await page
    .getByTestId(`intake-${question}`)
    .getByRole("group", { name: group })
    .getByRole("radio", { name: option, exact: true })
    .check();
}

test("both partners fill in their intake; the partner never sees 'only me' answers; the therapist sees only shared facts and the pause", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);

  // Alex: the day and who knows shared with partner and therapist (the default for facts), how long
  // it went on for the partner only, and hopes and commitment kept to Alex (their default).
  await a.page.goto("/app/settings");
  await a.page.getByRole("link", { name: "Your intake summary" }).click();
  await expect(a.page.getByRole("heading", { level: 1, name: "Intake summary for a therapist" })).toBeVisible();
  await a.page.getByLabel("The day").fill("2026-03-14");
  await a.page.getByTestId("intake-duration").getByLabel("In your words").fill("About eight months");
  await choose(a.page, "duration", "Who can see this answer?", "Me and my partner");
  await a.page.getByTestId("intake-whoKnows").getByLabel("In your words").fill("My brother and our counsellor");
  await choose(a.page, "commitment", "Your answer, from 0 to 10", "9");
  await a.page.getByTestId("intake-hopes").getByLabel("In your words").fill("ALEX-ONLY-hopes: to be trusted again");
  await a.page.getByTestId("intake-form").getByRole("button", { name: "Save my answers" }).click();
  await expect(a.page.getByTestId("intake-status")).toHaveText("Saved.");
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByTestId("intake-hopes").getByLabel("In your words")).toHaveValue("ALEX-ONLY-hopes: to be trusted again");
    await expect(a.page.getByTestId("intake-duration").getByRole("radio", { name: "Me and my partner" })).toBeChecked();
    await expect(a.page.getByTestId("intake-hopes").getByRole("radio", { name: "Only me" })).toBeChecked();
  });
  await expectNoAxeViolations(a.page);

  // Sam: hopes shared with Alex, whoKnows kept to Sam.
  await b.page.goto("/app/settings/intake");
  await b.page.getByTestId("intake-whoKnows").getByLabel("In your words").fill("SAM-ONLY-who-knows");
  await choose(b.page, "whoKnows", "Who can see this answer?", "Only me");
  await b.page.getByTestId("intake-hopes").getByLabel("In your words").fill("That we talk without shouting");
  await choose(b.page, "hopes", "Who can see this answer?", "Me and my partner");
  await b.page.getByTestId("intake-form").getByRole("button", { name: "Save my answers" }).click();
  await expect(b.page.getByTestId("intake-status")).toHaveText("Saved.");
  await b.page.reload();

  // Sam reads Alex's shared answers, never the ones Alex kept.
  const fromAlex = b.page.getByTestId("partner-intake");
  await expect(fromAlex).toContainText("About eight months");
  await expect(fromAlex).toContainText("My brother and our counsellor");
  await expect(fromAlex).toContainText("14 Mar 2026");
  await expect(b.page.locator("body")).not.toContainText("ALEX-ONLY");
  await expect(fromAlex).not.toContainText("9 of 10");
  await b.page.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(b.page);
  await shot(b.page, "intake-form-375.png", { fullPage: true });

  // And Alex reads Sam's hopes, not Sam's own answer.
  await a.page.reload();
  await expect(a.page.getByTestId("partner-intake")).toContainText("That we talk without shouting");
  await expect(a.page.locator("body")).not.toContainText("SAM-ONLY");

  // Sam makes a link with the intake ticked (the form starts with nothing ticked).
  await b.page.goto("/app/settings/sharing");
  await expect(b.page.getByRole("checkbox", { name: /Intake summary/ })).not.toBeChecked();
  await b.page.getByLabel("Therapist's name").fill("Dr. Rivera");
  await tickShareSections(b.page, [/Intake summary/, /Journey progress/]);
  await b.page.getByRole("button", { name: "Create link" }).click();
  const url = await b.page.getByRole("textbox", { name: "Link for Dr. Rivera" }).inputValue();

  const therapistContext = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const therapist = await therapistContext.newPage();
  await therapist.goto(url);
  const intake = therapist.getByRole("region", { name: "Intake summary" });
  await expect(intake).toContainText("My brother and our counsellor");
  await expect(intake).toContainText("14 Mar 2026");
  // Partner-only and only-me answers never reach the therapist.
  await expect(therapist.locator("body")).not.toContainText("About eight months");
  await expect(therapist.locator("body")).not.toContainText("That we talk without shouting");
  await expect(therapist.locator("body")).not.toContainText(/ALEX-ONLY|SAM-ONLY|9 of 10/);
  await expect(therapist.getByTestId("joint-paused")).toHaveCount(0);
  await expectNoAxeViolations(therapist);

  // Alex pauses joint work: the therapist sees that it is paused, never who or why.
  await a.page.goto("/app/safety");
  await a.page.getByRole("button", { name: "Pause joint exercises" }).click();
  await expect(a.page.getByRole("button", { name: "Lift my pause" })).toBeVisible();
  await therapist.reload();
  const flag = therapist.getByTestId("joint-paused");
  await expect(flag).toContainText("Joint work is paused.");
  await expect(flag).not.toContainText(/Alex|Sam|safety check|afraid/);
  await expectNoAxeViolations(therapist);
  await shot(therapist, "therapist-intake-375.png", { fullPage: true });
  await therapist.setViewportSize({ width: 1280, height: 900 });
  await shot(therapist, "therapist-intake-desktop.png", { fullPage: true });
  await b.page.setViewportSize({ width: 1280, height: 900 });
  await b.page.goto("/app/settings/intake");
  await shot(b.page, "intake-form-desktop.png", { fullPage: true });

  // Lifted again: the flag goes.
  await a.page.getByRole("button", { name: "Lift my pause" }).click();
  await expect(a.page.getByRole("button", { name: "Pause joint exercises" })).toBeVisible();
  await therapist.reload();
  await expect(therapist.getByRole("region", { name: "Intake summary" })).toBeVisible();
  await expect(therapist.getByTestId("joint-paused")).toHaveCount(0);
  await therapistContext.close();
});
