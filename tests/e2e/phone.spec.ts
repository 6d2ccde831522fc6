import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, setUpCouple, signUpOverHttp, tickShareSections } from "./helpers";

// Issue 22, "phone": at 375 px the floating quick-exit button covered form fields (the "10" of the
// closeness scale, the end of an agreement's title, a history card). The control now has a place of
// its own; this checks, page by page, that its box meets no field, button or link.

const STAGES = [
  "acknowledgment",
  "communication",
  "patience",
  "consistency",
  "self-work",
  "professional-help",
  "new-memories",
  "forgiveness",
  "boundaries",
];

const APP_PAGES = [
  "/app",
  "/app/check-in",
  "/app/check-in?day=yesterday",
  "/app/timeline",
  "/app/agreements",
  "/app/talks",
  "/app/questions",
  "/app/triggers",
  "/app/safety",
  "/app/safety/resources",
  "/app/settings",
  "/app/settings/sharing",
  "/app/settings/password",
  "/app/settings/data",
  "/app/references",
  "/app/not-sure",
  "/app/maintenance",
  "/app/decision",
  ...STAGES.map((s) => `/app/stages/${s}`),
];

/** Every visible field, button and link whose box meets the quick-exit control's box. */
async function coveredByQuickExit(page: Page): Promise<string[]> {
  await expect(page.getByTestId("quick-exit")).toBeVisible();
  return page.evaluate(() => {
    const button = document.querySelector('[data-testid="quick-exit"]')!;
    const exit = button.getBoundingClientRect();
    const hits: string[] = [];
    for (const el of document.querySelectorAll("input:not([type=hidden]), textarea, select, button, a[href], summary, label")) {
      if (el === button || el.closest('[data-testid="quick-exit-bar"]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden (a skip link until focused)
      if (r.left < exit.right && r.right > exit.left && r.top < exit.bottom && r.bottom > exit.top) {
        hits.push(el.outerHTML.slice(0, 100));
      }
    }
    return hits;
  });
}

/** Nothing covered, and (issue 22) no axe violation at phone width either. */
async function expectNothingCovered(page: Page, url: string) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBeLessThan(400);
  expect(await coveredByQuickExit(page), `${url}: covered by the quick exit`).toEqual([]);
  await expectNoAxeViolations(page);
}

test("at 375 px the quick exit covers no field, button or link on any page, and axe finds nothing", async ({ browser }) => {
  test.setTimeout(420_000);
  const { a } = await setUpCouple(browser, ["Alex", "Sam"]);
  const page = a.page;
  await page.setViewportSize({ width: 375, height: 812 });

  // A therapist link, for the share view.
  await page.goto("/app/settings/sharing");
  await page.getByLabel("Therapist's name").fill("Dr. Rivera");
  await tickShareSections(page, [/Journey progress/, /Check-ins and the trust timeline/, /Rules of the game/]);
  await page.getByRole("button", { name: "Create link" }).click();
  const link = await page.getByRole("textbox", { name: "Link for Dr. Rivera" }).inputValue();

  for (const url of APP_PAGES) await expectNothingCovered(page, url);

  const visitor = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const anon = await visitor.newPage();
  for (const url of ["/", "/signin", "/signup", "/forgot-password", new URL(link).pathname]) await expectNothingCovered(anon, url);
  await visitor.close();
});

test("the welcome page, before there is a workspace, reaches the password page and deleting the account", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  await signUpOverHttp(context, "Robin");
  const page = await context.newPage();
  await expectNothingCovered(page, "/app/welcome");
  const account = page.getByRole("navigation", { name: "Your account" });
  await account.getByRole("link", { name: "Change your password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change your password" })).toBeVisible();
  await page.goBack();
  await account.getByRole("link", { name: "Delete your account" }).click();
  await expect(page).toHaveURL(/\/app\/settings\/data#delete$/);
  await expect(page.getByRole("button", { name: /Delete my account/i })).toBeVisible();
  await context.close();
});

test("at 375 px the bottom bar and its More menu reach all eleven sections, and mark the one you are in", async ({ browser }) => {
  const { a } = await setUpCouple(browser, ["Alex", "Sam"]);
  const page = a.page;
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/app");
  const nav = page.getByTestId("main-nav-phone");
  const sections: [label: string, url: RegExp, heading: string, marked?: string][] = [
    ["Journey", /\/app$/, "The nine stages"],
    ["Check-in", /\/app\/check-in$/, "How are you today?"],
    ["Talks", /\/app\/talks$/, "Structured talks"],
    ["Agreements", /\/app\/agreements$/, "Rules of the game"],
    ["Timeline", /\/app\/timeline$/, "Trust timeline"],
    ["Questions", /\/app\/questions$/, "Questions and answers"],
    // Commitments live on stage 4's page, so the Journey is the section marked there.
    ["Commitments", /\/app\/stages\/consistency#commitments$/, "Commitments", "Journey"],
    ["Triggers", /\/app\/triggers$/, "Trigger log"],
    ["Safety", /\/app\/safety$/, "A private safety check"],
    ["Sharing", /\/app\/settings\/sharing$/, "Sharing with a therapist"],
    ["Settings", /\/app\/settings$/, "Settings"],
  ];
  for (const [label, url, heading, marked = label] of sections) {
    const inBar = nav.getByRole("link", { name: label, exact: true });
    if (!(await inBar.isVisible())) await nav.getByRole("button", { name: /^More/ }).click();
    await nav.getByRole("link", { name: label, exact: true }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole("heading", { name: heading, exact: true }).first()).toBeVisible();
    // A section in the bar is marked there; one under "More" closes the menu on the way, so the
    // button names it, and opening the menu again shows it marked.
    const more = nav.getByRole("button", { name: /^More/ });
    const markedLink = nav.getByRole("link", { name: marked, exact: true });
    if (await markedLink.isVisible()) {
      await expect(markedLink).toHaveAttribute("aria-current", "page");
      await expect(more).not.toHaveAccessibleName(/current:/);
    } else {
      await expect(more).toHaveAccessibleName(new RegExp(`current: ${marked}$`));
      await more.click();
      await expect(markedLink).toHaveAttribute("aria-current", "page");
      // Closed with a second tap: Escape three times in a row would be the quick exit.
      await more.click();
      await expect(markedLink).toBeHidden();
    }
  }
  // Escape closes the menu; a section under "More" is named on the button for screen readers.
  await nav.getByRole("button", { name: /^More/ }).click();
  await expect(nav.getByRole("link", { name: "Triggers", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(nav.getByRole("link", { name: "Triggers", exact: true })).toBeHidden();
  await expect(nav.getByRole("button", { name: /^More/ })).toHaveAccessibleName(/current: Settings/);
});
