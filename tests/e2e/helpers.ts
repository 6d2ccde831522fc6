import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { SAFETY_ALL_NO } from "../../lib/validation/safety";

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
  // Setting up comes next; specs that aren't about it leave it finished (tests/e2e/onboarding.spec.ts walks it).
  await page.waitForURL("**/app/start");
  await finishOnboarding(page.context());
}

/** Marks the context's person as done with setting up, through the flow's own action (so no card on the dashboard). */
export async function finishOnboarding(context: BrowserContext) {
  await callAction(context, "/app/start", "setOnboardingStepAction", { step: "done" });
}

/** Issues an invite on the settings page and returns the link as shown to the user. */
export async function copyInviteLink(page: Page) {
  await page.goto("/app/settings");
  await page.getByRole("button", { name: /Create (a new )?invite link/ }).click();
  const field = page.getByLabel("Invite link for your partner");
  await expect(field).toHaveValue(/\/invite\//);
  return field.inputValue();
}

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
 * Made over HTTP with each browser context's own cookies (context.request): the real server actions
 * of the forms (sign-up, workspace, invite, joining, safety check) and next-auth's own credentials
 * sign-in, then both pages open the dashboard. setUpCoupleInTheBrowser clicks through the same forms.
 */
export async function setUpCouple(browser: Browser, names: [string, string] = ["Alex", "Sam"], { safetyChecks = true } = {}) {
  const [ctxA, ctxB] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [a, b] = await Promise.all([signUpOverHttp(ctxA, names[0]), signUpOverHttp(ctxB, names[1])]);
  const created = await callAction(ctxA, "/app/welcome", "createCoupleAction", {
    name: `${names[0]} & ${names[1]}`,
    side: "involved",
  });
  expect(created.redirect, "creating the workspace").toMatch(/^\/app\/start\b/);
  const invite = await callAction(ctxA, "/app/settings", "issueInviteAction", {});
  const token = /"token":"([^"]+)"/.exec(invite.body)?.[1];
  expect(token, `the invite action's answer: ${invite.body.slice(0, 300)}`).toBeTruthy();
  const joined = await callAction(ctxB, `/invite/${token}`, "acceptInviteAction", { token: token! });
  expect(joined.redirect, "joining the workspace").toMatch(/^\/app\/start(;|$)/);
  // Both go straight to the dashboard, as before setting up existed.
  await Promise.all([ctxA, ctxB].map(finishOnboarding));
  if (safetyChecks) {
    await Promise.all([ctxA, ctxB].map((ctx) => callAction(ctx, "/app/safety", "takeSafetyCheckAction", SAFETY_ALL_NO)));
  }
  const [pageA, pageB] = await Promise.all([ctxA.newPage(), ctxB.newPage()]);
  await Promise.all([pageA.goto("/app"), pageB.goto("/app")]);
  return { a: { ...a, page: pageA, context: ctxA }, b: { ...b, page: pageB, context: ctxB } };
}

/** The production build's server actions by exported name (tests/e2e/server.mjs builds into .next-e2e). */
let actionIds: Map<string, string> | undefined;
function actionId(name: string) {
  if (!actionIds) {
    const file = path.resolve(__dirname, "..", "..", ".next-e2e", "server", "server-reference-manifest.json");
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, { exportedName?: string }> };
    actionIds = new Map();
    for (const [id, entry] of Object.entries(manifest.node)) {
      if (!entry.exportedName) continue;
      // Two actions of one name would make the lookup ambiguous: say so rather than pick one.
      actionIds.set(entry.exportedName, actionIds.has(entry.exportedName) ? "" : id);
    }
  }
  const id = actionIds.get(name);
  if (!id) throw new Error(`No single server action named ${name} in the e2e build`);
  return id;
}

/**
 * Calls a form's server action the way the browser does (useActionState's `action(prevState, formData)`:
 * the fields under `_1_`, then the root `0`), from the page that renders the form, with the context's
 * cookies. A refused or failed call fails the test with the answer in the message.
 */
async function callAction(context: BrowserContext, pagePath: string, name: string, fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
  form.append("0", JSON.stringify(["$undefined", "$K1"]));
  const res = await context.request.post(pagePath, {
    headers: { "Next-Action": actionId(name), Accept: "text/x-component", Origin: baseURL },
    multipart: form,
    maxRedirects: 0,
  });
  const body = await res.text();
  const where = `${name} on ${pagePath}: ${res.status()} ${body.slice(0, 300)}`;
  expect(res.status(), where).toBeLessThan(400);
  expect(body, where).not.toContain('"ok":false');
  return { body, redirect: res.headers()["x-action-redirect"] ?? res.headers()["location"] ?? "" };
}

/** Signs in through next-auth's own endpoints (its CSRF token, then the credentials callback). */
export async function signInOverHttp(context: BrowserContext, email: string, password = PASSWORD) {
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/app", json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302], `sign-in of ${email}: ${res.status()}`).toContain(res.status());
  const cookies = await context.cookies();
  expect(
    cookies.some((c) => /session-token$/.test(c.name)),
    `a session cookie after signing in ${email}`,
  ).toBe(true);
}

/** An account made with the sign-up form's own server action, then signed in over HTTP like the form does. */
export async function signUpOverHttp(context: BrowserContext, name: string) {
  const email = uniqueEmail(name);
  await callAction(context, "/signup", "signUpAction", { name, email, password: PASSWORD });
  await signInOverHttp(context, email);
  return { name, email };
}

/**
 * setUpCouple through every form, as a person would click: sign-up, the workspace, the invite link,
 * joining and both safety checks (tests/e2e/foundation.spec.ts keeps this path tested end to end).
 */
export async function setUpCoupleInTheBrowser(browser: Browser, names: [string, string] = ["Alex", "Sam"], { safetyChecks = true } = {}) {
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
  await pageB.waitForURL((url) => url.pathname === "/app/start");
  await finishOnboarding(ctxB);
  if (safetyChecks) await Promise.all([takeSafetyCheck(pageA), takeSafetyCheck(pageB)]);
  // Both end on the dashboard.
  await Promise.all([pageA.goto("/app"), pageB.goto("/app")]);
  return { a: { ...a, page: pageA, context: ctxA }, b: { ...b, page: pageB, context: ctxB } };
}

/**
 * axe on the page as it stands once no CSS transition is running. Colours measured halfway through
 * one (a button turning from primary to secondary as a step moves on) are neither the old nor the
 * new ones: CI once saw a colour-contrast "violation" that no person ever sees.
 */
export async function expectNoAxeViolations(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((a) => a instanceof CSSTransition && a.playState === "running").length))
    .toBe(0);
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

/**
 * `shot` at a given width (375 for a phone): the whole page, and `part` on its own when given. The
 * viewport comes back to what it was. Nothing happens, not even the resize, unless MEND_SHOTS_DIR is set.
 */
export async function shotAt(page: Page, width: number, name: string, { part, height = 900 }: { part?: Locator; height?: number } = {}) {
  if (!process.env.MEND_SHOTS_DIR) return;
  const before = page.viewportSize();
  await page.setViewportSize({ width, height });
  await shot(page, `${name}.png`, { fullPage: true });
  if (part) await shot(part, `${name}-part.png`);
  if (before) await page.setViewportSize(before);
}

/** The therapist-link sections most specs share (the form starts with none ticked). */
export const USUAL_SHARE_SECTIONS = [
  /Journey progress/,
  /Entries shared with a therapist/,
  /Rules of the game/,
  /Commitments/,
  /Talks/,
  /Questions held for a session/,
];

/** On the sharing page: ticks these sections of "What the link shows". */
export async function tickShareSections(page: Page, sections: RegExp[] = USUAL_SHARE_SECTIONS) {
  const group = page.getByRole("group", { name: "What the link shows" });
  for (const name of sections) await group.getByRole("checkbox", { name }).check();
}
