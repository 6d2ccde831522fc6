import { expect, test, type Page } from "@playwright/test";
import { expectAfterReload, expectNoAxeViolations, setUpCouple, shotAt, writeEntry } from "./helpers";

// Issue 20 §6: the hurt partner writes an impact letter and shares it; the partner who broke trust
// replies under it; the hurt partner reads the reply under their letter. Then the hurt partner
// proposes the attachment-injury talk and both walk its first steps. Screenshots at phone width go
// to MEND_SHOTS_DIR when it is set, for a person to look at.

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function setSide(page: Page, side: RegExp) {
  await page.goto("/app/settings");
  const form = page.locator("form", { has: page.getByLabel("Your name") });
  await form.getByRole("radio", { name: side }).check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
}

const letterSection = (page: Page) =>
  page.locator("section[data-exercise=impact-letter]", { has: page.getByRole("heading", { name: "A letter about the impact" }) });

test("an impact letter shared with the partner, a reply under it, and the attachment-injury talk", async ({ browser }) => {
  test.setTimeout(240_000);
  // Alex broke trust; Sam was hurt.
  const { a, b } = await setUpCouple(browser);
  await setSide(b.page, /I was hurt by what happened/);

  // --- Sam writes a letter about the impact and shares it -----------------------------------
  await writeEntry(b.page, {
    stage: "communication",
    exercise: "A letter about the impact",
    answers: ["The kitchen went very quiet. I couldn't breathe properly for days."],
    visibility: "Me and my partner",
  });

  // --- Alex reads it and replies under it ----------------------------------------------------
  await a.page.goto("/app/stages/communication");
  await a.page.waitForLoadState("networkidle");
  const letter = letterSection(a.page);
  await expect(letter.getByTestId("entry").first()).toContainText("I couldn't breathe properly for days.");
  await expect(a.page.locator("section[data-exercise=letter-reply]")).toContainText("Write your reply under the letter it answers, above.");
  const replies = letter.getByTestId("letter-replies");
  await expect(replies.getByRole("heading", { name: "A reply to your partner's letter" })).toBeVisible();
  const boxes = replies.locator("form textarea");
  await boxes.nth(0).fill("You stopped being able to breathe in our own kitchen, and I caused that.");
  await boxes.nth(2).fill("All of it. There is no but.");
  await replies.getByRole("radio", { name: "Me and my partner" }).check();
  await replies.getByRole("button", { name: "Save my reply" }).click();
  await expectAfterReload(a.page, async () => {
    await expect(letterSection(a.page).getByTestId("letter-replies").getByTestId("entry")).toContainText("and I caused that.");
  });
  await expect(letterSection(a.page).getByTestId("letter-replies").getByText("Your reply")).toBeVisible();
  // Replied already: writing another is folded.
  await expect(letterSection(a.page).getByText("Write another reply to this letter")).toBeVisible();
  await shotAt(a.page, 375, "exercises-letter-reply-partner", { height: 812, part: letterSection(a.page) });

  // --- Sam reads the reply under the letter ---------------------------------------------------
  await b.page.goto("/app/stages/communication");
  const mine = letterSection(b.page);
  const reply = mine.getByTestId("letter-replies").getByTestId("entry");
  await expect(reply).toHaveCount(1);
  await expect(reply).toContainText("Reply from Alex");
  await expect(reply).toContainText("and I caused that.");
  await expect(reply).toContainText("There is no but.");
  // The letter's author gets no reply form under their own letter.
  await expect(mine.getByRole("button", { name: "Save my reply" })).toHaveCount(0);
  await expectNoAxeViolations(b.page);
  await shotAt(b.page, 375, "exercises-letter-reply", { height: 812, part: mine });

  // --- The attachment-injury talk: only the hurt partner is offered it, and names the hurt first ---
  await a.page.goto("/app/talks");
  await expect(a.page.getByRole("radio", { name: "Naming a hurt, and being comforted" })).toHaveCount(0);

  await b.page.goto("/app/talks");
  await b.page.waitForLoadState("networkidle");
  const form = b.page.getByTestId("schedule-form");
  await form.getByRole("radio", { name: "Naming a hurt, and being comforted" }).check();
  await expect(form.getByTestId("attachment-injury-hint")).toContainText("emotionally focused therapy");
  await expect(form.getByLabel("Topic", { exact: true })).toHaveCount(0);
  await form.getByLabel("Day").fill(day(3));
  await form.getByLabel("Time").fill("19:30");
  await form.getByRole("button", { name: "Propose this talk" }).click();
  await expect(form.getByRole("status")).toHaveText("Proposed. Your partner can accept it or suggest another time.");

  await a.page.goto("/app/talks");
  const talk = a.page.getByTestId("talk");
  await expect(talk).toContainText("Naming a hurt, and being comforted");
  await talk.getByRole("button", { name: "Accept this time" }).click();
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByTestId("talk-status")).toHaveText("agreed");
  });
  await a.page.getByRole("button", { name: "Start the talk" }).click();
  await a.page.waitForURL(/\/app\/talks\/[^/]+$/);
  await expect(a.page.getByTestId("step-count")).toHaveText("Step 1 of 7");
  await expect(a.page.getByRole("heading", { name: "Sam speaks, you listen" })).toBeVisible();
  await expect(a.page.getByText("Name the hurt", { exact: true })).toBeVisible();

  await b.page.goto("/app/talks");
  await b.page.getByTestId("talk").first().getByRole("link").first().click();
  await b.page.waitForURL(/\/app\/talks\/[^/]+$/);
  await expect(b.page.getByRole("heading", { name: "You speak, Alex listens" })).toBeVisible();
  await expect(b.page.getByText(/^If you were hurt: describe one moment of the hurt/)).toBeVisible();
  await shotAt(b.page, 375, "exercises-talk", { height: 812 });
  // Alex reflects back, then stays and responds.
  await b.page.getByRole("button", { name: "Next step" }).click();
  await expect(b.page.getByRole("heading", { name: "Alex reflects back" })).toBeVisible();
  await b.page.getByRole("button", { name: "Next step" }).click();
  await expect(b.page.getByRole("heading", { name: "Alex speaks, you listen" })).toBeVisible();
  await expect(b.page.getByText("Stay and respond", { exact: true })).toBeVisible();
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByRole("heading", { name: "You speak, Sam listens" })).toBeVisible();
  });
  await expectNoAxeViolations(a.page);
});
