import { expect, test } from "@playwright/test";
import { copyInviteLink, createWorkspace, expectNoAxeViolations, setUpCoupleInTheBrowser, signIn, signUp } from "./helpers";

test("partner A creates a workspace and invites partner B, who joins from another browser", async ({ browser }) => {
  // Through every form (the other specs set couples up over HTTP with the same server actions).
  const { a, b } = await setUpCoupleInTheBrowser(browser, ["Alex", "Sam"]);

  await expect(b.page.getByRole("heading", { name: "Alex & Sam" })).toBeVisible();
  await expect(b.page.getByTestId("partner-card")).toHaveCount(2);
  await expect(b.page.getByTestId("partner-card").filter({ hasText: "Alex" })).toContainText("Your partner");

  await a.page.goto("/app");
  await expect(a.page.getByTestId("partner-card").filter({ hasText: "Sam" })).toContainText("Your partner");
  await expect(a.page.locator("[data-stage=acknowledgment]")).toContainText("Acknowledgment");
  await expect(a.page.getByRole("list", { name: "The nine stages" }).getByRole("listitem")).toHaveCount(9);
});

test("a used invite link tells a third person the workspace is complete", async ({ browser }) => {
  const a = await browser.newPage();
  await signUp(a, "Lee");
  await createWorkspace(a, "Lee & Kai");
  const link = await copyInviteLink(a);

  const b = await browser.newPage();
  await signUp(b, "Kai", { from: new URL(link).pathname });
  await b.getByRole("button", { name: "Join Lee & Kai" }).click();
  await b.waitForURL((url) => url.pathname === "/app/start");

  const c = await (await browser.newContext()).newPage();
  await c.goto(link);
  await expect(c.getByRole("heading", { name: "This workspace is already complete" })).toBeVisible();
});

test("a signed-out visitor is sent to sign in and back to where they were going", async ({ page }) => {
  const { email } = await signUp(page, "Robin");
  await createWorkspace(page, "Robin's space");
  await page.context().clearCookies();

  await page.goto("/app/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fapp%2Fsettings/);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/app\/settings$/);
});

test("sign-up shows field-level errors and a duplicate email, without a server error", async ({ page }) => {
  const { email } = await signUp(page, "Dup");
  await page.context().clearCookies();

  await page.goto("/signup");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText(/valid email/)).toBeVisible();

  await page.getByLabel("Your name").fill("Another");
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill("some other long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/already registered/)).toBeVisible();
  await expect(page).toHaveURL(/\/signup/);

  await page.goto("/signin");
  // The sign-in page loads its checks on the first try (components/auth/sign-in-form.tsx).
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expect(page.getByText(/valid email/)).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/don't match an account/)).toBeVisible();
});

test("sign out everywhere revokes the session in another browser", async ({ browser }) => {
  const one = await (await browser.newContext()).newPage();
  const { email } = await signUp(one, "Ira");
  await createWorkspace(one, "Ira's space");
  const two = await (await browser.newContext()).newPage();
  await signIn(two, email);
  await expect(two).toHaveURL(/\/app/);

  await one.goto("/app/settings");
  await one.getByRole("button", { name: "Sign out on every device" }).click();
  await one.waitForURL(/\/signin/);

  await two.goto("/app");
  await expect(two).toHaveURL(/\/signin/);
  const session = await (await two.request.get("/api/auth/session")).json();
  expect(JSON.stringify(session)).not.toContain(email);
});

test("health check answers after a real query", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok" });
});

test("landing, sign-up, sign-in and dashboard have no axe violations", async ({ page }) => {
  await page.goto("/");
  await expectNoAxeViolations(page);
  await page.goto("/signup");
  await expectNoAxeViolations(page);
  await page.goto("/signin");
  await expectNoAxeViolations(page);
  await signUp(page, "Axe");
  await createWorkspace(page, "Axe space");
  await page.goto("/app");
  await expectNoAxeViolations(page);
});

test("a 10 MB post is refused with a clear 413, never a server error", async ({ request }) => {
  const res = await request.post("/signup", {
    headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain" },
    data: "x".repeat(10 * 1024 * 1024),
  });
  expect(res.status()).toBe(413);
  expect((await res.json()).error).toMatch(/more than Mend accepts/);
});
