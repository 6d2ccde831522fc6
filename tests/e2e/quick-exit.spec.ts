import { expect, test, type BrowserContext } from "@playwright/test";
import { expectNoAxeViolations, signUp } from "./helpers";

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
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(1700);
  await page.keyboard.press("Escape");
  // Three presses spread out are not the shortcut.
  await expect(page).toHaveURL(/\/app\/welcome/);

  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
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
