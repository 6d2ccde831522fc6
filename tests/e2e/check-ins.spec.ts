import { expect, test, type Page } from "@playwright/test";
import { expectAfterReload, expectNoAxeViolations, setUpCouple, shot } from "./helpers";

// Issue 9: daily check-ins and the trust timeline, two partners in their own browsers.

async function checkIn(page: Page, opts: { trust: number; closeness: number; mood: string; note: string; visibility: string }) {
  await page.goto("/app");
  await expect(page.getByTestId("check-in-nudge")).toContainText("You haven't checked in today");
  await page.getByRole("link", { name: "Check in now" }).click();
  await page.waitForURL("**/app/check-in");
  await expect(page.getByRole("heading", { level: 1, name: "How are you today?" })).toBeVisible();
  // The page is hydrated once the browser's zone is in the form.
  await expect(page.locator("input[name=timeZone]")).not.toHaveValue("");
  await page.getByRole("group", { name: "Trust today" }).locator("label").nth(opts.trust).click();
  await page.getByRole("group", { name: "Closeness today" }).locator("label").nth(opts.closeness).click();
  await expect(page.getByRole("group", { name: "Trust today" }).getByRole("radio", { name: `${opts.trust} out of 10` })).toBeChecked();
  await page.getByRole("radio", { name: opts.mood, exact: true }).check();
  await page.getByLabel("A note (optional)").fill(opts.note);
  await page.getByRole("radio", { name: opts.visibility }).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByTestId("check-in-status")).toHaveText("Saved. Thank you for checking in.");
}

test("both partners check in; the timeline shows both, as a chart and a table; a therapist link with check-ins shows it read-only", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);

  // Bad input first: nothing chosen → errors beside each field, nothing saved.
  await a.page.goto("/app/check-in");
  await expect(a.page.locator("input[name=timeZone]")).not.toHaveValue("");
  await a.page.getByRole("button", { name: "Save check-in" }).click();
  await expect(a.page.getByText("Choose a trust score from 0 to 10.")).toBeVisible();
  await expect(a.page.getByText("Choose a closeness score from 0 to 10.")).toBeVisible();
  await expect(a.page.getByText("Choose a mood from the list.")).toBeVisible();
  // The error is part of the group's description, so a screen reader says it with the group.
  await expect(a.page.getByRole("group", { name: "Mood" })).toHaveAccessibleDescription("Choose a mood from the list.");

  const alexNote = "Alex's own note, private to Alex.";
  const samNote = "Sam's note, shared with Alex.";
  await checkIn(a.page, { trust: 4, closeness: 7, mood: "Hopeful", note: alexNote, visibility: "Only me" });
  await checkIn(b.page, { trust: 6, closeness: 5, mood: "Tired", note: samNote, visibility: "Me and my partner" });

  // Alex adds the forgotten day before: a check-in for yesterday is its own day.
  // Yesterday's form shows yesterday's (empty) values, never today's.
  await a.page.getByRole("navigation", { name: "Which day is this for?" }).getByRole("link", { name: "Yesterday" }).click();
  await a.page.waitForURL(/day=yesterday/);
  await expect(a.page.getByRole("group", { name: "Trust today" }).getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(a.page.getByLabel("A note (optional)")).toHaveValue("");
  await a.page.getByRole("group", { name: "Trust today" }).locator("label").nth(3).click();
  await a.page.getByRole("group", { name: "Closeness today" }).locator("label").nth(6).click();
  await a.page.getByRole("radio", { name: "Calm" }).check();
  await a.page.getByRole("button", { name: "Save check-in" }).click();
  await expect(a.page.getByTestId("check-in-status")).toHaveText("Saved. Thank you for checking in.");
  // Today's check-in is untouched.
  await a.page.getByRole("navigation", { name: "Which day is this for?" }).getByRole("link", { name: "Today" }).click();
  await a.page.waitForURL((url) => url.pathname === "/app/check-in" && !url.search);
  await expectAfterReload(a.page, async () => {
    await expect(a.page.getByRole("group", { name: "Trust today" }).getByRole("radio", { name: "4 out of 10" })).toBeChecked();
    await expect(a.page.getByLabel("A note (optional)")).toHaveValue(alexNote);
  });

  // Changing it again the same day keeps one check-in and says what happened.
  await b.page.reload();
  await b.page.getByRole("group", { name: "Trust today" }).locator("label").nth(5).click();
  await b.page.getByRole("button", { name: "Save changes" }).click();
  await expect(b.page.getByTestId("check-in-status")).toHaveText("Saved. You updated today's check-in; there is still one for the day.");

  await a.page.goto("/app");
  await expect(a.page.getByTestId("check-in-summary")).toContainText("You've checked in today");
  await a.page.goto("/app/timeline"); // opens day by day: two days of data (issue 22)
  for (const round of ["first", "after reload"]) {
    if (round === "after reload") await a.page.reload();
    const timeline = a.page.getByTestId("timeline");
    await expect(timeline.getByTestId("chart-trust").locator("[data-series]")).toHaveCount(2);
    await expect(timeline.getByTestId("chart-closeness").locator("[data-series]")).toHaveCount(2);
    await expect(timeline.getByRole("list", { name: "Lines in the charts" })).toContainText("You");
    await expect(timeline.getByRole("list", { name: "Lines in the charts" })).toContainText("Sam");
    await expect(timeline.getByTestId("timeline-summary")).toContainText("Your latest check-in: trust 4, closeness 7");
    await expect(timeline.getByTestId("timeline-summary")).toContainText("Sam's latest check-in: trust 5, closeness 5");
    await timeline.getByText("Show the numbers as a table").click();
    const table = timeline.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveText(["Day", "You: trust / closeness", "Sam: trust / closeness"]);
    await expect(table.getByRole("row").nth(1)).toContainText("4 / 7");
    await expect(table.getByRole("row").nth(1)).toContainText("5 / 5");
    await expect(table.getByRole("row").nth(2)).toContainText("3 / 6");
    await expect(table.getByRole("row").nth(2)).toContainText("no check-in");
    await expect(table.getByRole("row").nth(3)).toContainText("no check-in");
    await expect(timeline).toContainText(alexNote);
    await expect(timeline).toContainText(samNote);
  }
  await expectNoAxeViolations(a.page);

  // Screenshots of the timeline, desktop and phone width.
  await a.page.setViewportSize({ width: 1280, height: 900 });
  await shot(a.page, "timeline-desktop.png", { fullPage: true });
  await a.page.setViewportSize({ width: 375, height: 812 });
  await expect(a.page.getByTestId("chart-trust")).toBeVisible();
  const overflow = await a.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(a.page, "timeline-375.png", { fullPage: true });
  await a.page.goto("/app");
  await shot(a.page, "dashboard-375.png", { fullPage: true });
  await a.page.setViewportSize({ width: 1280, height: 720 });

  // Sam sees Alex's scores (shared by design) but never Alex's private note.
  await b.page.goto("/app/timeline?weeks=2");
  await expect(b.page.getByTestId("timeline-summary")).toContainText("Alex's latest check-in: trust 4, closeness 7");
  await expect(b.page.getByText(alexNote)).toHaveCount(0);
  await expectNoAxeViolations(b.page);

  // Alex turns on score privacy: Sam then sees only that Alex checked in.
  await a.page.goto("/app/settings");
  await a.page.getByLabel("Keep my scores private for now").check();
  await a.page.getByRole("button", { name: "Save check-in settings" }).click();
  await expect(a.page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await b.page.reload();
  await expect(b.page.getByTestId("timeline-summary")).toContainText("Alex keeps their scores private for now. They checked in on 2 days");
  await expect(b.page.getByTestId("timeline-summary")).not.toContainText("trust 4");
  await a.page.getByLabel("Keep my scores private for now").uncheck();
  await a.page.getByRole("button", { name: "Save check-in settings" }).click();
  await expect(a.page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // A therapist link that includes check-ins shows the same timeline, read-only.
  await a.page.goto("/app/settings/sharing");
  await a.page.getByLabel("Therapist's name").fill("Dr. Rivera");
  await a.page.getByRole("checkbox", { name: /Check-ins and the trust timeline/ }).check();
  await a.page.getByRole("button", { name: "Create link" }).click();
  const field = a.page.getByRole("textbox", { name: "Link for Dr. Rivera" });
  await expect(field).toHaveValue(/\/share\//);
  const url = await field.inputValue();
  const therapistContext = await browser.newContext();
  const therapist = await therapistContext.newPage();
  await therapist.goto(url);
  const section = therapist.getByRole("region", { name: "Check-ins and the trust timeline" });
  // Two days of check-ins: the timeline opens day by day (issue 22), and 8 weeks is one tap away.
  await expect(section.getByRole("link", { name: "2 weeks" })).toHaveAttribute("aria-current", "page");
  await expect(section.getByRole("table").getByRole("columnheader").first()).toHaveText("Day");
  await section.getByRole("link", { name: "8 weeks" }).click();
  await expect(section.getByRole("link", { name: "8 weeks" })).toHaveAttribute("aria-current", "page");
  await expect(section.getByTestId("chart-trust").locator("[data-series]")).toHaveCount(2);
  await expect(section.getByRole("table").getByRole("columnheader")).toHaveText([
    "Week",
    "Alex: trust / closeness",
    "Sam: trust / closeness",
  ]);
  // Weekly averages here: Alex's 3 and 4 (trust), 6 and 7 (closeness) this week.
  await expect(section.getByRole("table").getByRole("row").nth(1)).toContainText("3.5 / 6.5");
  await expect(therapist.getByText(alexNote)).toHaveCount(0);
  await expect(therapist.getByText(samNote)).toHaveCount(0);
  await expect(therapist.locator("form, input, textarea, select, [contenteditable]")).toHaveCount(0);
  await expectNoAxeViolations(therapist);
  await therapist.setViewportSize({ width: 375, height: 812 });
  await shot(therapist, "therapist-timeline-375.png", { fullPage: true });

  // The chart's client JavaScript: the timeline page loads no more script than a page without it.
  const scripts = async (page: Page, path: string) => {
    const urls = new Set<string>();
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") urls.add(r.url());
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    page.removeAllListeners("response");
    return urls;
  };
  const fresh = await browser.newContext({ storageState: await a.context.storageState() });
  const p1 = await fresh.newPage();
  const timelineJs = await scripts(p1, "/app/timeline");
  const p2 = await fresh.newPage();
  const settingsJs = await scripts(p2, "/app/check-in");
  const onlyTimeline = [...timelineJs].filter((u) => !settingsJs.has(u));
  console.log(`[chart js] timeline page scripts: ${timelineJs.size}; not also on /app/check-in: ${JSON.stringify(onlyTimeline)}`);
  await fresh.close();
  await therapistContext.close();
});
