import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, setUpCouple, shotAt, writeEntry } from "./helpers";

// Issue 20 acceptance, "affair couple": the breach is an affair; Alex broke trust, Sam was hurt.
// Each reads their own side of stage 1 first; the ending-contact steps appear (and not for hidden
// money); Sam reads Alex's draft final message; the report-contact commitment counts in the kept-rate.
// With MEND_SHOTS_DIR set, stage 1 for each side and the settings card are saved at 375 px.

async function setSide(page: Page, side: RegExp) {
  await page.goto("/app/settings");
  const form = page.locator("form", { has: page.getByLabel("Your name") });
  await form.getByRole("radio", { name: side }).check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
}

async function setBreach(page: Page, label: string) {
  await page.goto("/app/settings");
  const card = page.locator("#breach");
  await card.getByRole("radio", { name: label }).check();
  await card.getByRole("button", { name: "Save" }).click();
  await expect(card.getByRole("status")).toHaveText("Saved.");
  await expect(card.getByTestId("breach-now")).toHaveText(`Chosen now: ${label}.`);
}

/** The guidance's side headings, in reading order, with whether each is on screen. */
async function sideHeadings(page: Page) {
  const out: string[] = [];
  for (const h of await page.getByTestId("stage-guidance").locator("h2").all()) {
    const text = (await h.textContent())!.trim();
    if (/^If you/.test(text)) out.push(`${text}${(await h.isVisible()) ? "" : " (folded)"}`);
  }
  return out;
}

const exercise = (page: Page, key: string) => page.locator(`section[data-exercise=${key}]`);

test("affair couple: own side first, ending-contact steps, the draft final message, report-contact in the kept-rate", async ({
  browser,
}) => {
  // Two partners and many steps on a shared machine: under heavy load a run has needed more than 5 minutes.
  test.setTimeout(540_000);
  const { a, b } = await setUpCouple(browser);
  await setSide(b.page, /I was hurt by what happened/);

  // Nothing chosen yet: no affair steps for anyone.
  await a.page.goto("/app/stages/acknowledgment");
  await expect(exercise(a.page, "final-message")).toHaveCount(0);
  await expect(a.page.getByTestId("report-contact")).toHaveCount(0);

  // Alex chooses; Sam sees the same choice in settings and a neutral line on the dashboard.
  await setBreach(a.page, "An affair that was physical");
  await b.page.goto("/app/settings");
  await expect(b.page.locator("#breach").getByTestId("breach-now")).toHaveText("Chosen now: An affair that was physical.");
  await expect(b.page.locator("#breach").getByRole("radio", { name: "An affair that was physical" })).toBeChecked();
  await shotAt(b.page, 375, "affair-settings", { part: b.page.locator("#breach"), height: 800 });
  await b.page.goto("/app");
  await expect(b.page.getByTestId("partner-feed")).toContainText("The kind of breach was updated");
  await expect(b.page.getByTestId("partner-feed")).not.toContainText("affair");

  // Each reads their own side first; the affair blocks are there.
  await a.page.goto("/app/stages/acknowledgment");
  expect(await sideHeadings(a.page)).toEqual(["If you broke trust", "If you were hurt (folded)"]);
  await expect(a.page.getByRole("heading", { name: "If it was an affair: Ending contact" }).first()).toBeVisible();
  await expect(exercise(a.page, "final-message")).toBeVisible();
  await expect(exercise(a.page, "unavoidable-contact")).toBeVisible();
  await expect(exercise(a.page, "final-message").getByTestId("kind-note")).toContainText("Mend never sends this message");
  await shotAt(a.page, 375, "affair-stage1-broke-trust", { height: 800 });

  await b.page.goto("/app/stages/acknowledgment");
  expect(await sideHeadings(b.page)).toEqual(["If you were hurt", "If you broke trust (folded)"]);
  await expect(exercise(b.page, "final-message")).toBeVisible();
  await shotAt(b.page, 375, "affair-stage1-hurt", { height: 800 });
  await expectNoAxeViolations(b.page);

  // Alex drafts the final message, shared; Sam reads it (after a reload, so it came from the database).
  await writeEntry(a.page, {
    stage: "acknowledgment",
    exercise: "The final message to the affair partner",
    answers: ["What we had is over. I won't contact you again, and I won't answer."],
    visibility: "Me and my partner",
  });
  await b.page.reload();
  await expect(exercise(b.page, "final-message").getByTestId("entry")).toContainText("I won't contact you again");

  // The standing commitment: one click, once. Sam is not offered the button.
  await a.page.goto("/app/stages/acknowledgment");
  const report = a.page.getByTestId("report-contact");
  await report.getByRole("button", { name: "Make this a standing commitment" }).click();
  await expect(report.getByRole("status")).toContainText("You have made this commitment");
  await a.page.reload();
  await expect(a.page.getByTestId("report-contact").getByRole("button")).toHaveCount(0);
  await b.page.reload();
  await expect(b.page.getByTestId("report-contact")).toContainText("Your partner has made this commitment");
  await expect(b.page.getByTestId("report-contact").getByRole("button")).toHaveCount(0);

  // It is a real commitment on stage 4: logged by Alex, confirmed by Sam, counted in the kept-rate.
  await a.page.goto("/app/stages/consistency");
  const mine = a.page.getByTestId("commitment");
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText("any contact with the affair partner");
  await mine.getByRole("button", { name: "Log an occasion" }).click();
  await mine.getByRole("button", { name: "I kept it" }).click();
  await expect(mine.getByTestId("commitment-log")).toContainText("Kept");
  await b.page.goto("/app/stages/consistency");
  const theirs = b.page.getByTestId("commitment");
  await theirs.getByRole("button", { name: "Confirm" }).click();
  await expect(theirs.getByTestId("commitment-log")).toContainText("confirmed by Sam");
  await b.page.reload();
  await expect(b.page.getByTestId("kept-rate-4").first()).toContainText("100 %");

  // The transparency draft speaks as the partner who offers it: linked for Alex on stage 4, not for Sam.
  await expect(b.page.getByTestId("transparency-template")).toHaveCount(0);
  await a.page.reload();
  await a.page.getByTestId("transparency-template").getByRole("link").click();
  await a.page.waitForURL("**/app/agreements?template=transparency*");
  await expect(a.page.getByTestId("template-note")).toContainText("not coercive control");
  await expect(a.page.getByLabel("Title")).toHaveValue("Transparency I offer while we rebuild trust");

  // Hidden money instead: the ending-contact steps are gone; stage 4 offers the money draft.
  await setBreach(b.page, "Hidden money or debt");
  await a.page.goto("/app/stages/acknowledgment");
  await expect(a.page.locator("section[data-exercise]").first()).toBeVisible();
  await expect(exercise(a.page, "final-message")).toHaveCount(0);
  await expect(exercise(a.page, "unavoidable-contact")).toHaveCount(0);
  await expect(a.page.getByTestId("report-contact")).toHaveCount(0);
  await expect(a.page.getByText(/If it was an affair/)).toHaveCount(0);
  await a.page.goto("/app/stages/consistency");
  await expect(a.page.getByTestId("transparency-template").getByRole("link")).toHaveText(/openness with money/);
});
