import { expect, test, type Page } from "@playwright/test";
import { setUpCouple, shotAt } from "./helpers";

// Issue 20 §1: each reader meets their own side of a stage first; the other side waits, folded,
// under "What your partner is reading". A partner on both sides reads both, open. Screenshots of
// stage 1 for each side at phone and desktop width go to MEND_SHOTS_DIR, when it is set, for a person
// to look at; nothing here compares pixels.

async function setSide(page: Page, side: RegExp) {
  await page.goto("/app/settings");
  const form = page.locator("form", { has: page.getByLabel("Your name") });
  await form.getByRole("radio", { name: side }).check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
}

/** The guidance's section headings in reading order, and which of them are on screen. */
async function headings(page: Page) {
  const guidance = page.getByTestId("stage-guidance");
  const all = guidance.locator("h2");
  const out: { text: string; visible: boolean }[] = [];
  for (const h of await all.all()) out.push({ text: (await h.textContent())!.trim(), visible: await h.isVisible() });
  return out;
}

async function shoot(page: Page, name: string) {
  await shotAt(page, 375, `stage1-${name}-375`);
  await shotAt(page, 1280, `stage1-${name}-desktop`);
}

test("each reader sees their own side first and the other folded; both sides read both, open", async ({ browser }) => {
  // Two partners, three sides and six full-page screenshots on a shared machine.
  test.setTimeout(300_000);
  // Alex created the workspace as the partner who broke trust; Sam joins and says they were hurt.
  const { a, b } = await setUpCouple(browser);
  await setSide(b.page, /I was hurt by what happened/);

  await a.page.goto("/app/stages/acknowledgment");
  expect(await headings(a.page)).toEqual([
    { text: "Why this stage matters", visible: true },
    { text: "If you broke trust", visible: true },
    { text: "If you were hurt", visible: false },
    { text: "When to get help", visible: true },
  ]);
  const folded = a.page.locator("details[data-folded]");
  await expect(folded).not.toHaveAttribute("open");
  await expect(folded.getByRole("heading", { name: "If you were hurt" })).toBeHidden();
  // No breach recorded yet: affair-only blocks stay out of the page.
  await expect(a.page.getByText(/If it was an affair/)).toHaveCount(0);
  await shoot(a.page, "broke-trust");
  await a.page.getByText("What your partner is reading", { exact: true }).click();
  await expect(folded.getByRole("heading", { name: "If you were hurt" })).toBeVisible();

  await b.page.goto("/app/stages/acknowledgment");
  expect(await headings(b.page)).toEqual([
    { text: "Why this stage matters", visible: true },
    { text: "If you were hurt", visible: true },
    { text: "If you broke trust", visible: false },
    { text: "When to get help", visible: true },
  ]);
  await shoot(b.page, "hurt");

  // Sam's stage 2 question exercise opens the real Q&A record, not a form nobody can answer.
  await b.page.goto("/app/stages/communication");
  const questions = b.page.locator("section[data-exercise=questions-i-need-answered]");
  await expect(questions.locator("form")).toHaveCount(0);
  await questions.getByRole("link", { name: "Open your questions and answers" }).click();
  await b.page.waitForURL("**/app/questions");

  await setSide(a.page, /Both of us were hurt and both broke trust/);
  await a.page.goto("/app/stages/acknowledgment");
  expect(await headings(a.page)).toEqual([
    { text: "Why this stage matters", visible: true },
    { text: "If you were hurt", visible: true },
    { text: "If you broke trust", visible: true },
    { text: "When to get help", visible: true },
  ]);
  await expect(a.page.getByText("What your partner is reading", { exact: true })).toHaveCount(0);
  await shoot(a.page, "both");

  // The references page is one link away from every stage.
  await a.page.getByRole("link", { name: "Where these ideas come from" }).click();
  await a.page.waitForURL("**/app/references");
  await expect(a.page.getByRole("heading", { level: 1, name: "Where these ideas come from" })).toBeVisible();
  await expect(a.page.getByText(/popular article about restoring trust, not from a\s+clinical trial/)).toBeVisible();
});
