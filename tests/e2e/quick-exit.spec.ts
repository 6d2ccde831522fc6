import crypto from "node:crypto";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import config, { baseURL } from "../../playwright.config";
import { createWorkspace, expectNoAxeViolations, signUp } from "./helpers";

// Issue 13: the quick exit, on public and signed-in pages, by button and by Escape ×3.

const NEUTRAL = "https://www.bbc.com/weather";

/** The test machine has no internet: the neutral site answers from here. */
async function stubNeutralSite(context: BrowserContext) {
  await context.route("https://www.bbc.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Weather</title><h1>Weather</h1>" }),
  );
}

test("the quick-exit button replaces a public page with the neutral site, and Back does not return to Mend", async ({ page, context }) => {
  await stubNeutralSite(context);
  await page.goto("/signin");
  const exit = page.getByRole("button", { name: /Quick exit/ });
  await expect(exit).toBeVisible();
  await expectNoAxeViolations(page);
  await exit.click();
  await page.waitForURL(NEUTRAL);
  await expect(page.getByRole("heading", { name: "Weather" })).toBeVisible();
  await page.goBack();
  // The sign-in page's history entry was replaced: Back goes to where the tab was before Mend.
  expect(page.url()).not.toContain("127.0.0.1");
});

test("Escape three times leaves a signed-in page; Escape once or twice does not; the button is reachable by keyboard", async ({
  page: first,
  context,
}) => {
  let page = first;
  test.setTimeout(90_000);
  await stubNeutralSite(context);
  await signUp(page, "Robin");
  // A fresh tab (same signed-in browser), so its history holds only what this test opens.
  await page.close();
  page = await context.newPage();
  await page.goto("/app/welcome");
  // Escape is listened for once the page has hydrated; presses before that are not counted.
  await expect(page.getByTestId("quick-exit-bar")).toHaveAttribute("data-armed", "");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(1700);
  await page.keyboard.press("Escape");
  // Three presses spread out are not the shortcut: the exit blanks the page before it leaves.
  expect(await page.evaluate(() => document.body.style.visibility)).toBe("");
  await expect(page).toHaveURL(/\/app\/welcome/);

  // Past the window, so only the burst below counts. Its fourth press, while the neutral site
  // loads, is not a second exit (a second navigation used to abort the Back below).
  await page.waitForTimeout(1600);
  for (let i = 0; i < 4; i++) await page.keyboard.press("Escape");
  await page.waitForURL(NEUTRAL);
  await page.goBack();
  expect(page.url()).not.toContain("/app/welcome");

  // By keyboard: Tab reaches the button, Enter leaves.
  await page.goto("/app/welcome");
  const exit = page.getByRole("button", { name: /Quick exit/ });
  for (let i = 0; i < 30 && !(await exit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(exit).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(NEUTRAL);
});

// Issue 21, point 10: pages of Mend earlier in the tab's history must not show again after a quick
// exit. Each document reports, through a binding that outlives navigations, when it is shown
// (`pageshow`: from the server or from the back-forward cache, and what its DOM holds before any of
// its own scripts could leave) and what its first frame after that would paint (the next animation
// frame, which a page that leaves first never reaches).
type Shown =
  | { at: "pageshow"; url: string; persisted: boolean; title: string; domText: string }
  | { at: "frame"; url: string; title: string; visibleText: string };

async function recordShownPages(context: BrowserContext) {
  const shown: Shown[] = [];
  await context.exposeBinding("__mendShown", (_source, record: Shown) => {
    shown.push(record);
  });
  await context.addInitScript(() => {
    const report = (record: Shown) => (window as unknown as { __mendShown(r: Shown): void }).__mendShown(record);
    addEventListener("pageshow", (event) => {
      const domText = document.documentElement.textContent ?? "";
      report({ at: "pageshow", url: location.href, persisted: event.persisted, title: document.title, domText });
      requestAnimationFrame(() => {
        const hidden = (element: Element | null) => {
          const style = element ? getComputedStyle(element) : null;
          return style !== null && (style.display === "none" || style.visibility === "hidden");
        };
        const visibleText = hidden(document.documentElement) || hidden(document.body) ? "" : (document.body?.innerText ?? "");
        report({ at: "frame", url: location.href, title: document.title, visibleText });
      });
    });
  });
  return shown;
}

/**
 * Land on a neutral page, open Mend, click through two pages, quick exit, press Back twice: no step
 * shows Mend. Then typing Mend's address shows it again.
 */
async function backAfterQuickExit(context: BrowserContext, page: Page, { backForwardCache = false } = {}) {
  await stubNeutralSite(context);
  const name = `Quinn${crypto.randomBytes(3).toString("hex")}`;
  await signUp(page, name);
  await createWorkspace(page, `${name} and Kit`);
  // A fresh tab of the same signed-in browser, so its history holds only this story.
  await page.close();
  page = await context.newPage();
  const shown = await recordShownPages(context);
  const fromMend = (record: Shown) => record.url.startsWith(baseURL);
  const paintsMend = (record: Shown) =>
    fromMend(record) &&
    record.at === "frame" &&
    (record.title.includes("Mend") || record.visibleText.includes(name) || record.visibleText.includes("Mend"));

  await page.goto(NEUTRAL);
  await expect(page.getByRole("heading", { name: "Weather" })).toBeVisible();
  const neutralScreen = await page.screenshot();
  if (backForwardCache) {
    // This browser does restore pages from its back-forward cache (a page that allows it).
    await page.goto(`${NEUTRAL}?elsewhere`);
    await page.goBack({ waitUntil: "commit" });
    await expect.poll(() => shown.some((r) => r.at === "pageshow" && r.url === NEUTRAL && r.persisted)).toBe(true);
  }

  const dashboard = await page.goto("/app");
  await expect(page.getByText(name).first()).toBeAttached();
  // Signed-in pages are never stored: no copy of them for Back to show.
  expect(dashboard?.headers()["cache-control"]).toContain("no-store");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Talks" }).click();
  await page.waitForURL("**/app/talks");
  await nav.getByRole("link", { name: "Agreements" }).click();
  await page.waitForURL("**/app/agreements");
  await page.getByRole("button", { name: /Quick exit/ }).click();
  await page.waitForURL(NEUTRAL);
  // The recorder sees Mend's own pages.
  expect(shown.filter(paintsMend).length).toBeGreaterThan(0);

  for (const step of ["first Back", "second Back"]) {
    const before = shown.length;
    // The page Back lands on may leave while it loads: "commit" is the one moment that always comes.
    await page.goBack({ waitUntil: "commit" });
    await expect(page, `after the ${step}`).toHaveURL(NEUTRAL);
    await expect(page.getByRole("heading", { name: "Weather" })).toBeVisible();
    expect(Buffer.compare(await page.screenshot(), neutralScreen), `the screen after the ${step} is the neutral site's`).toBe(0);
    const shownAfter = shown.slice(before).filter(fromMend);
    expect(shownAfter.filter(paintsMend), `Mend painted after the ${step}`).toEqual([]);
    for (const record of shownAfter) {
      if (record.at !== "pageshow") continue;
      // Not kept in the back-forward cache (a signed-in page is never stored), and loaded again
      // from the server it has left before its body was read.
      expect(record.persisted, `${record.url} came from the back-forward cache after the ${step}`).toBe(false);
      expect(record.domText, `Mend's text in the DOM at pageshow after the ${step}`).not.toContain(name);
    }
  }

  // Coming back on purpose (typing the address) shows Mend again, in the same tab.
  await page.goto("/app");
  await expect(page.getByText(name).first()).toBeVisible();
  const pageshows = shown.flatMap((r) => (r.at === "pageshow" ? [`${r.persisted ? "restored" : "loaded"} ${r.url}`] : []));
  await test.info().attach("pages shown", { body: pageshows.join("\n"), contentType: "text/plain" });
}

test("after a quick exit, Back never shows a page of Mend again (pages loaded again from the server)", async ({ page, context }) => {
  // Signs up, makes a workspace and walks through five navigations: minutes on a loaded machine.
  test.setTimeout(240_000);
  await backAfterQuickExit(context, page);
});

test("after a quick exit, Back never shows a page of Mend again (with the back-forward cache on)", async ({ playwright }) => {
  // Signs up, makes a workspace and walks through five navigations: minutes on a loaded machine.
  test.setTimeout(240_000);
  // Playwright turns Chromium's back-forward cache off; a person's browser has it on.
  const browser = await playwright.chromium.launch({ ...config.use?.launchOptions, ignoreDefaultArgs: ["--disable-back-forward-cache"] });
  try {
    const context = await browser.newContext({ baseURL });
    await backAfterQuickExit(context, await context.newPage(), { backForwardCache: true });
  } finally {
    await browser.close();
  }
});
