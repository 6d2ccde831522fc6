import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAfterReload, expectNoAxeViolations, setUpCouple, tickShareSections, USUAL_SHARE_SECTIONS } from "./helpers";

// Issue 11: talking it through. Two partners in their own browsers: a structured talk from the
// proposal to the notes, the written question-and-answer record, and the trigger log.

const SHOTS = "test-results/screenshots";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function openTalk(page: Page) {
  await page.goto("/app/talks");
  await page.getByTestId("talk").first().getByRole("link").first().click();
  await page.waitForURL(/\/app\/talks\/[^/]+$/);
}

test("A proposes a talk, B accepts, both walk the turns and keep notes; B asks, A answers and revises; B logs a trigger, A replies", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);
  fs.mkdirSync(SHOTS, { recursive: true });

  // --- A structured talk -------------------------------------------------------------------
  await a.page.goto("/app/talks");
  await expect(a.page.getByRole("heading", { level: 1, name: "Structured talks" })).toBeVisible();
  await expect(a.page.getByText("No talks planned")).toBeVisible();
  // The forms work once the page is hydrated.
  await a.page.waitForLoadState("networkidle");
  const form = a.page.getByTestId("schedule-form");
  // Bad input: no topic, and a day already past.
  await form.getByLabel("Day").fill(day(-2));
  await form.getByLabel("Time").fill("19:30");
  await form.getByRole("button", { name: "Propose this talk" }).click();
  await expect(form.getByText("Choose a topic or write your own.")).toBeVisible();
  await form.getByLabel("Topic", { exact: true }).fill("What still hurts most, and what helps when it does");
  await form.getByRole("button", { name: "Propose this talk" }).click();
  await expect(form.getByText("That time has already passed. Choose a time in the future.")).toBeVisible();
  await form.getByLabel("Day").fill(day(2));
  await form.getByRole("button", { name: "Propose this talk" }).click();
  await expect(form.getByRole("status")).toHaveText("Proposed. Your partner can accept it or suggest another time.");
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByTestId("talk-status")).toHaveText("waiting for an answer");
  });
  await expectNoAxeViolations(a.page);

  await b.page.goto("/app/talks");
  const talkB = b.page.getByTestId("talk");
  await expect(talkB).toContainText("What still hurts most");
  await expect(talkB).toContainText("proposed by Alex");
  await b.page.setViewportSize({ width: 375, height: 812 });
  await b.page.screenshot({ path: `${SHOTS}/talks-375.png`, fullPage: true });
  await b.page.setViewportSize({ width: 1280, height: 720 });
  await talkB.getByRole("button", { name: "Accept this time" }).click();
  await expectAfterReload(b.page, async () => {
    await expect(b.page.getByTestId("talk-status")).toHaveText("agreed");
  });
  await b.page.getByRole("button", { name: "Start the talk" }).click();
  await b.page.waitForURL(/\/app\/talks\/[^/]+$/);
  await expect(b.page.getByTestId("step-count")).toHaveText("Step 1 of 5");
  await expect(b.page.getByRole("heading", { name: "Alex speaks, you listen" })).toBeVisible();

  await openTalk(a.page);
  await expect(a.page.getByRole("heading", { name: "You speak, Sam listens" })).toBeVisible();
  await a.page.getByRole("button", { name: "Next step" }).click();
  await expect(a.page.getByRole("heading", { name: "Sam reflects back" })).toBeVisible();
  await expectAfterReload(b.page, async () => {
    await expect(b.page.getByRole("heading", { name: "You reflect back" })).toBeVisible();
  });
  await expect(b.page.getByText("What I heard you say is…")).toBeVisible();
  await b.page.getByRole("button", { name: "Next step" }).click();
  await expect(b.page.getByRole("heading", { name: "You speak, Alex listens" })).toBeVisible();

  // It gets heated: Sam pauses; Alex's page shows the pause and the 20 minutes.
  await b.page.getByRole("button", { name: "Pause: it's getting heated" }).click();
  await expect(b.page.getByText("Paused. Take 20 minutes apart.")).toBeVisible();
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByText("Paused. Take 20 minutes apart.")).toBeVisible();
  });
  await expect(a.page.getByRole("button", { name: "Next step" })).toBeDisabled();
  await expectNoAxeViolations(a.page);
  await a.page.setViewportSize({ width: 375, height: 812 });
  await a.page.screenshot({ path: `${SHOTS}/talk-paused-375.png`, fullPage: true });
  await a.page.getByRole("button", { name: "Resume the talk" }).click();
  await expect(a.page.getByText("Paused. Take 20 minutes apart.")).toHaveCount(0);
  await expect(a.page.getByRole("button", { name: "Next step" })).toBeEnabled();
  await expect(a.page.getByRole("heading", { name: "Sam speaks, you listen" })).toBeVisible();
  await a.page.screenshot({ path: `${SHOTS}/talk-in-progress-375.png`, fullPage: true });
  await a.page.setViewportSize({ width: 1280, height: 720 });

  await expectAfterReload(b.page, async () => {
    await expect(b.page.getByRole("button", { name: "Next step" })).toBeEnabled();
  });
  await b.page.getByRole("button", { name: "Next step" }).click();
  await expect(b.page.getByRole("heading", { name: "Alex reflects back" })).toBeVisible();
  await b.page.getByRole("button", { name: "Next step" }).click();
  await expect(b.page.getByRole("heading", { name: "Closing" })).toBeVisible();
  await b.page.getByRole("button", { name: "End the talk" }).click();
  await expect(b.page.getByText("You held this talk")).toBeVisible();

  // Notes: Alex's stay private, Sam's are shared.
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByText("You held this talk")).toBeVisible();
  });
  const alexNote = "Alex only: I wanted to defend myself and didn't.";
  const samNote = "Sam to Alex: you listened to the end tonight.";
  await a.page.getByLabel("My notes").fill(alexNote);
  await a.page.getByRole("button", { name: "Save my notes" }).click();
  await expect(a.page.getByTestId("talk-note-form").getByRole("status")).toHaveText("Saved.");
  await b.page.getByLabel("My notes").fill(samNote);
  await b.page.getByTestId("talk-note-form").getByRole("radio", { name: "Me and my partner" }).check();
  await b.page.getByRole("button", { name: "Save my notes" }).click();
  await expect(b.page.getByTestId("talk-note-form").getByRole("status")).toHaveText("Saved.");
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByTestId("partner-note")).toContainText(samNote);
  });
  await expect(a.page.getByLabel("My notes")).toHaveValue(alexNote);
  await expectAfterReload(b.page, async () => {
    await expect(b.page.getByTestId("partner-note")).toContainText("Nothing shared with you.");
  });
  await expect(b.page.getByText(alexNote)).toHaveCount(0);

  // A follow-up becomes an agreement proposal.
  await a.page.getByLabel("Something we agreed to do").fill("Phones stay in the hall at dinner");
  await a.page.getByRole("button", { name: "Add follow-up" }).click();
  await expect(a.page.getByTestId("follow-up")).toContainText("Phones stay in the hall at dinner");
  await a.page.getByTestId("follow-up").getByRole("button", { name: "Propose as an agreement" }).click();
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByTestId("follow-up")).toContainText("Proposed as an agreement");
  });
  await expectNoAxeViolations(a.page);
  await b.page.goto("/app/talks");
  await expect(b.page.getByTestId("past-talk")).toContainText("What still hurts most");
  await expect(b.page.getByTestId("past-talk")).toContainText("held");

  // --- The question-and-answer record ------------------------------------------------------
  await b.page.goto("/app/questions");
  await b.page.waitForLoadState("networkidle");
  await b.page.getByLabel("Your question").fill("When did it really end?");
  await b.page.getByRole("button", { name: "Add to the Q&A" }).click();
  await expect(b.page.getByTestId("question")).toContainText("When did it really end?");
  await expect(b.page.getByTestId("question")).toContainText("Waiting for an answer.");

  await a.page.goto("/app/questions");
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByText("One question is waiting for your answer.")).toBeVisible();
  });
  const question = a.page.getByTestId("question");
  await question.getByLabel("Your answer").fill("In March.");
  await question.getByRole("button", { name: "Save my answer" }).click();
  await expect(question.getByTestId("answer")).toContainText("In March.");
  await question.getByRole("button", { name: "Revise my answer" }).click();
  await question.getByLabel("Your revised answer").fill("In March. I blocked the number in April, and I should have said so.");
  await question.getByRole("button", { name: "Save the revision" }).click();
  await expect(question.getByTestId("answer")).toContainText("I blocked the number in April");

  await expectAfterReload(b.page, async () => {
    await expect(b.page.getByTestId("answer")).toContainText("I blocked the number in April");
  });
  await expect(b.page.getByTestId("answer")).toContainText(/Alex answered .*, revised /);
  await b.page.getByTestId("question").getByText("Earlier version").click();
  await expect(b.page.getByTestId("earlier-answer")).toContainText("Version 1");
  await expect(b.page.getByTestId("earlier-answer")).toContainText("In March.");
  await expectNoAxeViolations(b.page);
  await b.page.setViewportSize({ width: 375, height: 812 });
  await b.page.screenshot({ path: `${SHOTS}/questions-375.png`, fullPage: true });
  await b.page.setViewportSize({ width: 1280, height: 900 });
  await b.page.screenshot({ path: `${SHOTS}/questions-desktop.png`, fullPage: true });

  // --- The trigger log ---------------------------------------------------------------------
  const privateNote = "Sam only: it was our song.";
  await b.page.goto("/app/triggers");
  await b.page.waitForLoadState("networkidle");
  const triggerForm = b.page.getByTestId("trigger-form");
  await triggerForm.getByLabel("What happened").fill("A song in the shop");
  await triggerForm.getByRole("radio", { name: "4 · very hard" }).check();
  await triggerForm.getByLabel("A note (optional)").fill(privateNote);
  await triggerForm.getByRole("button", { name: "Log this trigger" }).click();
  await expect(triggerForm.getByRole("status")).toContainText("Logged.");
  await expect(b.page.getByTestId("trigger")).toContainText(privateNote);

  await a.page.goto("/app/triggers");
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByTestId("trigger")).toContainText("A song in the shop");
  });
  await expect(a.page.getByTestId("trigger")).toContainText("4 · very hard");
  await expect(a.page.getByText(privateNote)).toHaveCount(0);
  await a.page.getByRole("button", { name: "I'm here. What do you need right now?" }).click();
  await expect(a.page.getByLabel("Your reply")).toHaveValue("I'm here. What do you need right now?");
  await a.page.getByRole("button", { name: "Send my reply" }).click();
  await expect(a.page.getByTestId("trigger-reply")).toContainText("I'm here. What do you need right now?");
  await expectNoAxeViolations(a.page);
  await a.page.setViewportSize({ width: 375, height: 812 });
  await a.page.screenshot({ path: `${SHOTS}/triggers-375.png`, fullPage: true });
  await a.page.setViewportSize({ width: 1280, height: 720 });
  await expectAfterReload(b.page, async () => {
    await expect(b.page.getByTestId("trigger-reply")).toContainText("Alex replied");
  });
  await expect(b.page.getByTestId("trigger-reply")).toContainText("I'm here. What do you need right now?");

  // The week's trigger joins the trust timeline.
  await b.page.goto("/app/timeline?weeks=2");
  await expect(b.page.getByTestId("timeline-triggers")).toContainText("Triggers logged");
  await expect(b.page.getByTestId("timeline-triggers").getByRole("row")).toHaveCount(2);

  // Alex's dashboard: Sam's activity in the talking-it-through tools, in words that quote none of Sam's.
  await a.page.goto("/app");
  await expect(a.page.getByTestId("partner-feed")).toContainText("Sam logged a trigger");
  await expect(a.page.getByTestId("partner-feed")).toContainText("Sam asked a question in your Q&A");
  await expect(a.page.getByTestId("partner-feed")).not.toContainText("A song in the shop");
  await expect(a.page.getByTestId("talking-it-through-card")).toContainText("Talking it through");

  // A therapist link with the talking sections: topics and counts, none of the private or partner-only words.
  await a.page.goto("/app/settings/sharing");
  await a.page.getByLabel("Therapist's name").fill("Dr. Rivera");
  await tickShareSections(a.page, [...USUAL_SHARE_SECTIONS, /Trigger log/]);
  await a.page.getByRole("button", { name: "Create link" }).click();
  const field = a.page.getByRole("textbox", { name: "Link for Dr. Rivera" });
  await expect(field).toHaveValue(/\/share\//);
  const therapistContext = await browser.newContext();
  const therapist = await therapistContext.newPage();
  await therapist.goto(await field.inputValue());
  await expect(therapist.getByRole("heading", { name: "Talks", exact: true })).toBeVisible();
  await expect(therapist.getByText("What still hurts most, and what helps when it does")).toBeVisible();
  await expect(therapist.getByText("No questions held for a session")).toBeVisible();
  await expect(therapist.getByRole("region", { name: "Triggers per week" })).toContainText("4 / 4");
  for (const words of [alexNote, samNote, privateNote, "A song in the shop", "When did it really end?"])
    await expect(therapist.getByText(words)).toHaveCount(0);
  await expectNoAxeViolations(therapist);
  await therapist.setViewportSize({ width: 375, height: 812 });
  await therapist.screenshot({ path: `${SHOTS}/therapist-talking-375.png`, fullPage: true });
  await therapistContext.close();

  await a.context.close();
  await b.context.close();
});
