import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";

export const PASSWORD = "a calm long password";

export function uniqueEmail(name: string) {
  return `${name.toLowerCase()}-${crypto.randomBytes(5).toString("hex")}@example.test`;
}

/** Signs up through the real form (which signs in through next-auth) and waits for the next page. */
export async function signUp(page: Page, name: string, opts: { from?: string } = {}) {
  const email = uniqueEmail(name);
  await page.goto(opts.from ?? "/signup");
  if (opts.from) await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signup"));
  return { name, email };
}

/** Signs in through the real form; stays on the current sign-in page (and its callbackUrl) if already there. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  if (!new URL(page.url()).pathname.startsWith("/signin")) await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

export async function createWorkspace(page: Page, name: string, side: RegExp = /I broke the trust/) {
  await page.goto("/app");
  await page.waitForURL("**/app/welcome");
  await page.getByLabel("Name of your workspace").fill(name);
  await page.getByRole("radio", { name: side }).check();
  await page.getByRole("button", { name: "Create our workspace" }).click();
  await page.waitForURL("**/app/settings**");
}

/** Issues an invite on the settings page and returns the link as shown to the user. */
export async function copyInviteLink(page: Page) {
  await page.goto("/app/settings");
  await page.getByRole("button", { name: /Create (a new )?invite link/ }).click();
  const field = page.getByLabel("Invite link for your partner");
  await expect(field).toHaveValue(/\/invite\//);
  return field.inputValue();
}

/** A couple with both partners in their own browser contexts. */
/** Answers the private safety check with "No" throughout (joint exercises need a recent one). */
export async function takeSafetyCheck(page: Page) {
  await page.goto("/app/safety");
  for (const group of await page
    .getByRole("group")
    .filter({ has: page.getByRole("radio", { name: "No", exact: true }) })
    .all()) {
    await group.getByRole("radio", { name: "No", exact: true }).check();
  }
  await page.getByRole("button", { name: "Save my answers" }).click();
  await page.waitForURL("**/app/safety?result=saved");
}

/**
 * Two partners in their own browsers, joined through a real invite. Each has answered the private
 * safety check (all "No") unless `safetyChecks: false`: joint exercises are refused without one.
 */
export async function setUpCouple(browser: Browser, names: [string, string] = ["Alex", "Sam"], { safetyChecks = true } = {}) {
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const pageA = await ctxA.newPage();
  const pageB = await ctxB.newPage();
  const a = await signUp(pageA, names[0]);
  await createWorkspace(pageA, `${names[0]} & ${names[1]}`);
  const link = await copyInviteLink(pageA);
  const b = await signUp(pageB, names[1], { from: new URL(link).pathname });
  await pageB.waitForURL(/\/invite\//);
  await pageB.getByRole("button", { name: /^Join / }).click();
  await pageB.waitForURL((url) => url.pathname === "/app");
  if (safetyChecks) {
    await Promise.all([takeSafetyCheck(pageA), takeSafetyCheck(pageB)]);
    // Both end where joining leaves them: on the dashboard.
    await Promise.all([pageA.goto("/app"), pageB.goto("/app")]);
  }
  return { a: { ...a, page: pageA, context: ctxA }, b: { ...b, page: pageB, context: ctxB } };
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, summary.join("\n")).toEqual([]);
}

export type VisibilityLabel = "Only me" | "Me and my partner" | "Partner and therapist";

/** Writes an exercise entry through the stage page's real form and waits until it is listed. */
export async function writeEntry(page: Page, opts: { stage: string; exercise: string; answers: string[]; visibility: VisibilityLabel }) {
  await page.goto(`/app/stages/${opts.stage}`);
  const section = page.locator("section[data-exercise]", { has: page.getByRole("heading", { name: opts.exercise, exact: true }) });
  const before = await section.getByTestId("entry").count();
  // A folded form ("Write another entry" / "Write anyway") is opened first.
  const folded = section.locator("details > summary");
  if ((await section.locator("textarea").first().isVisible()) === false && (await folded.count()) > 0) await folded.first().click();
  const boxes = section.locator("form textarea");
  for (const [i, answer] of opts.answers.entries()) await boxes.nth(i).fill(answer);
  await section.getByRole("radio", { name: opts.visibility }).check();
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByTestId("entry")).toHaveCount(before + 1);
  return section.getByTestId("entry").last();
}

/** Adds a shared homework item on stage 6 through the real form and waits until it is saved. */
export async function addHomework(page: Page, text: string) {
  await page.goto("/app/stages/professional-help");
  const homework = page.locator("[data-tool=homework]");
  const before = await homework.getByTestId("entry").count();
  await homework.getByText("Add homework").click();
  await homework.getByLabel("Homework item").fill(text);
  await homework.getByRole("button", { name: "Add" }).click();
  await expect(homework.getByTestId("entry")).toHaveCount(before + 1);
  return homework;
}

/**
 * Reloads until `check` holds (or 20 s pass): what a page shows after a reload comes from the
 * database, and an optimistic tick's request may still be on its way when the test moves on.
 */
export async function expectAfterReload(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 20_000, intervals: [250, 500, 1_000, 2_000] });
}

/**
 * A screenshot for a person to look at, written into MEND_SHOTS_DIR only when it is set (nothing
 * compares pixels, and full-page shots cost seconds on a busy machine). Never into docs/screenshots.
 */
export async function shot(target: Page | Locator, name: string, { fullPage = false } = {}) {
  const dir = process.env.MEND_SHOTS_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  if ("goto" in target) await target.screenshot({ path: file, fullPage });
  else await target.screenshot({ path: file });
}
