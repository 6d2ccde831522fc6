import { expect, test, type Page } from "@playwright/test";
import { expectAfterReload, expectNoAxeViolations, setUpCouple, shot } from "./helpers";

// Issue 23 §3: the decision point. Reached from settings and from the end of the journey (stage 9,
// maintenance), linked with the not-sure page both ways; each partner writes notes only they can
// read, with no choice of who sees them, and the other partner never does.

const NOTES = "What I would need to see before deciding: the whole story, told once, with Dr. Rivera.";

async function expectDecisionPage(page: Page) {
  await page.waitForURL("**/app/decision");
  await expect(page.getByRole("heading", { level: 1, name: "Deciding what comes next" })).toBeVisible();
}

test("each partner reaches the decision point from settings and the end of the journey, and private notes stay private", async ({
  browser,
}) => {
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);

  // From settings, at any time.
  await a.page.goto("/app/settings");
  await a.page.getByRole("link", { name: "Deciding what comes next" }).click();
  await expectDecisionPage(a.page);
  // Both paths, each reader's own section first, the other folded; no deadline; safety one tap away.
  await expect(a.page.getByRole("heading", { name: "Staying and keeping building" })).toBeVisible();
  await expect(a.page.getByRole("heading", { name: "Parting well" })).toBeVisible();
  await expect(a.page.getByRole("heading", { name: "There is no deadline" })).toBeVisible();
  await expect(a.page.getByRole("heading", { level: 2, name: "If you broke trust" })).toBeVisible();
  await expect(a.page.getByText("What your partner is reading")).toBeVisible();
  await expect(a.page.getByTestId("records-nothing")).toContainText("doesn't record that you opened this page or what you decide");
  const support = a.page.getByRole("navigation", { name: "Safety, support and your data" });
  await expect(support.getByRole("link", { name: "Safety and pausing joint exercises" })).toHaveAttribute("href", "/app/safety");
  await expect(support.getByRole("link", { name: "Support resources" })).toHaveAttribute("href", "/app/safety/resources");

  // The empty state, then a note written with the keyboard: no choice of who sees it.
  const tool = a.page.locator("[data-tool=decision-notes]");
  await expect(tool).toContainText("Nothing written yet");
  await expectNoAxeViolations(a.page);
  await tool.locator("summary", { hasText: "Write a note" }).focus();
  await a.page.keyboard.press("Enter");
  await expect(tool.getByTestId("kind-note")).toContainText("Only you can read these notes");
  await expect(tool.getByRole("radio")).toHaveCount(0);
  // Nothing written is a field error, not a lost form.
  await tool.getByRole("button", { name: "Add" }).click();
  expect(await tool.getByLabel("Your notes").evaluate((box: HTMLTextAreaElement) => box.validity.valueMissing)).toBe(true);
  await expect(tool.getByTestId("entry")).toHaveCount(0);
  await tool.getByLabel("Your notes").fill(NOTES);
  await tool.getByRole("button", { name: "Add" }).click();
  await expect(tool.getByTestId("entry")).toHaveCount(1);
  await expectAfterReload(a.page, async () => {
    const entry = a.page.locator("[data-tool=decision-notes]").getByTestId("entry");
    await expect(entry).toContainText(NOTES);
    await expect(entry).toContainText("Only me");
  });
  // Editing offers no choice either.
  const entry = a.page.locator("[data-tool=decision-notes]").getByTestId("entry");
  await entry.getByRole("button", { name: "Edit" }).click();
  await expect(entry.getByRole("radio")).toHaveCount(0);
  await entry.getByRole("button", { name: "Cancel" }).click();
  await expectNoAxeViolations(a.page);
  await shot(a.page, "decision-desktop.png", { fullPage: true });
  await a.page.setViewportSize({ width: 375, height: 900 });
  await shot(a.page, "decision-375.png", { fullPage: true });
  await a.page.setViewportSize({ width: 1280, height: 900 });

  // The not-sure page and the decision point link each other.
  await a.page.getByRole("link", { name: "Not sure you want to repair this?" }).click();
  await a.page.waitForURL("**/app/not-sure");
  await a.page.getByRole("link", { name: "Deciding what comes next" }).click();
  await expectDecisionPage(a.page);

  // From the end of the journey: stage 9, for the other partner, who never sees the notes.
  await b.page.goto("/app/stages/boundaries");
  await expect(b.page.locator("[data-tool=decision-notes]")).toHaveCount(0);
  await b.page.getByTestId("decision-link").getByRole("link", { name: "Deciding what comes next" }).click();
  await expectDecisionPage(b.page);
  await expect(b.page.locator("[data-tool=decision-notes]")).toContainText("Nothing written yet");
  await expect(b.page.locator("[data-tool=decision-notes]").getByTestId("entry")).toHaveCount(0);
  await expect(b.page.locator("body")).not.toContainText("the whole story, told once");
  // Sam's side is unsaid: both sections open, neither folded.
  await expect(b.page.getByText("What your partner is reading")).toHaveCount(0);
  await b.page.setViewportSize({ width: 375, height: 900 });
  await expectNoAxeViolations(b.page);
  await shot(b.page, "decision-partner-375.png", { fullPage: true });
  // Nor anywhere else the partner looks: the journey, its activity, stage 9.
  for (const path of ["/app", "/app/stages/boundaries", "/app/maintenance"]) {
    await b.page.goto(path);
    await expect(b.page.locator("body"), path).not.toContainText("the whole story, told once");
  }

  // And from maintenance, at the very end.
  await a.page.goto("/app/maintenance");
  await a.page.getByTestId("decision-link").getByRole("link", { name: "Deciding what comes next" }).click();
  await expectDecisionPage(a.page);
  await expect(a.page.locator("[data-tool=decision-notes]").getByTestId("entry")).toContainText(NOTES);
  await a.page.goto("/app/stages/boundaries");
  await shot(a.page.getByTestId("decision-link"), "decision-link-stage9.png");
});
