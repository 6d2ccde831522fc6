import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { createWorkspace, expectAfterReload, expectNoAxeViolations, PASSWORD, shot, signUp, uniqueEmail } from "./helpers";

test.describe("redirects after sign-in", () => {
  test("a signed-in visitor sent to sign-in with a disguised off-site callback stays on Mend", async ({ page, baseURL }) => {
    await signUp(page, "Wren");
    const origin = new URL(baseURL!).origin;
    const offSite: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== origin && !request.url().startsWith("data:")) offSite.push(request.url());
    });
    for (const vector of ["/.//evil.example", "/%2e//evil.example", "/a/..//evil.example", "/\\evil.example", "https://evil.example/"]) {
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(vector)}`);
      await page.waitForLoadState("networkidle");
      expect(new URL(page.url()).origin, vector).toBe(origin);
    }
    expect(offSite).toEqual([]);
  });

  test("signing in follows a same-site callback", async ({ page, browser }) => {
    const { email } = await signUp(page, "Yael");
    const fresh = await browser.newPage();
    await fresh.goto(`/signin?callbackUrl=${encodeURIComponent("/app/settings")}`);
    await fresh.getByLabel("Email").fill(email);
    await fresh.getByLabel("Password").fill("a calm long password");
    await fresh.getByRole("button", { name: "Sign in" }).click();
    await fresh.waitForURL((url) => !url.pathname.startsWith("/signin"));
    expect(new URL(fresh.url()).pathname).toMatch(/^\/app/);
    await fresh.close();
  });
});

test.describe("passwords", () => {
  test("changing the password keeps this browser signed in and signs the other one out", async ({ page, browser }) => {
    const { email } = await signUp(page, "Zadie");
    await createWorkspace(page, "Zadie & Ola");
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto("/signin");
    await otherPage.getByLabel("Email").fill(email);
    await otherPage.getByLabel("Password").fill(PASSWORD);
    await otherPage.getByRole("button", { name: "Sign in" }).click();
    await otherPage.waitForURL((url) => !url.pathname.startsWith("/signin"));

    await page.goto("/app/settings");
    await page.getByRole("link", { name: "Change password" }).click();
    await page.waitForURL("**/app/settings/password");
    await page.getByLabel("Current password").fill("not the password");
    await page.getByLabel("New password", { exact: true }).fill("password123");
    await page.getByLabel("New password, again").fill("password123");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText(/one of the most common/)).toBeVisible();
    await page.getByLabel("New password", { exact: true }).fill("our kettle sings off-key");
    await page.getByLabel("New password, again").fill("our kettle sings off-key");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("That isn't your current password.")).toBeVisible();
    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByLabel("New password", { exact: true }).fill("our kettle sings off-key");
    await page.getByLabel("New password, again").fill("our kettle sings off-key");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status")).toHaveText(/Your password is changed/);

    await page.reload();
    await expect(page).toHaveURL(/\/app\/settings\/password$/);
    await otherPage.goto("/app/settings");
    await otherPage.waitForURL(/\/signin/);
    await other.close();
  });

  test("the password-change page, on a desktop and a 375 px phone", async ({ page }) => {
    await signUp(page, "Quinn");
    await page.goto("/app/settings/password");
    await page.getByLabel("Current password").fill("x");
    await page.getByLabel("New password", { exact: true }).fill("short");
    await page.getByLabel("New password, again").fill("shorter");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, "password-change-desktop.png", { fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await shot(page, "password-change-375.png", { fullPage: true });
    await expectNoAxeViolations(page);
  });

  test("the 6th wrong attempt on one account is asked to wait, without saying whether it exists", async ({ page }) => {
    for (const email of [uniqueEmail("ghost"), (await signUpElsewhere(page)).email]) {
      await page.context().clearCookies();
      await page.goto("/signin");
      const messages: string[] = [];
      for (let i = 0; i < 6; i++) {
        await page.getByLabel("Email").fill(email);
        await page.getByLabel("Password").fill(`wrong password ${i}`);
        const answer = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
        await page.getByRole("button", { name: "Sign in" }).click();
        const status = (await answer).status();
        await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
        messages.push(`${status} ${(await page.locator("form [role=alert]").innerText()).replace(/\d+ seconds/, "N seconds")}`);
      }
      expect(messages.slice(0, 5).every((m) => m.startsWith("401 That email and password don't match"))).toBe(true);
      expect(messages[5]).toBe("429 Too many attempts. Please wait, then try again in N seconds.");
    }
  });
});

test.describe("a browser that signed in before", () => {
  test("gets in while someone else's guesses make the account wait; a new browser, or an edited device cookie, still waits", async ({
    page,
    baseURL,
  }) => {
    const { email } = await signUp(page, "Nell");
    const device = (await page.context().cookies()).find((c) => c.name.startsWith("mend-device-"));
    expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: false });
    expect(device!.expires - Date.now() / 1000).toBeGreaterThan(180 * 24 * 60 * 60);
    // This browser signs out: the session goes, the device cookie stays.
    await page.goto("/app/welcome");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/app"));
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain("next-auth.session-token");
    expect((await page.context().cookies()).map((c) => c.name)).toContain(device!.name);

    // Someone else, from another address (so the suite's shared address keeps its allowance), guesses.
    const elsewhere = "127.0.0.2";
    for (let i = 0; i < 5; i++) expect(await attemptFrom(baseURL!, elsewhere, email, `a wrong guess ${i}`)).toBe(401);
    expect(await attemptFrom(baseURL!, elsewhere, email, PASSWORD)).toBe(429);
    const edited = device!.value.slice(0, -1) + (device!.value.endsWith("A") ? "B" : "A");
    expect(await attemptFrom(baseURL!, elsewhere, email, PASSWORD, `${device!.name}=${edited}`)).toBe(429);

    // The owner, on the browser Mend knows, signs in through the form as usual.
    await page.goto("/signin");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    const answer = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Sign in" }).click();
    expect((await answer).status()).toBe(200);
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});

/**
 * One sign-in through next-auth's endpoint from another address, as a browser with no other cookies
 * would. The socket is bound to `from` (connecting to 127.0.0.2 alone still leaves from 127.0.0.1 on
 * Linux), so the guesses count on that address and never on the one the rest of the suite shares.
 */
async function attemptFrom(baseURL: string, from: string, email: string, password: string, cookie?: string) {
  const csrf = await requestFrom(baseURL, from, "GET", "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const csrfCookie = csrf.setCookie.map((c) => c.split(";")[0]!);
  const answer = await requestFrom(baseURL, from, "POST", "/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...csrfCookie, ...(cookie ? [cookie] : [])].join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  return answer.status;
}

function requestFrom(
  baseURL: string,
  localAddress: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; setCookie: string[] }> {
  const base = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: base.hostname, port: base.port, path, method, localAddress, headers: options.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, setCookie: res.headers["set-cookie"] ?? [] }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

/** An account made in a throwaway context, so this page stays signed out. */
async function signUpElsewhere(page: Page) {
  const context = await page.context().browser()!.newContext();
  const other = await context.newPage();
  const user = await signUp(other, "Rhea");
  await context.close();
  return user;
}

test.describe("headers", () => {
  test("every page carries a nonce-based CSP and the other headers; Next's scripts carry the nonce and nothing is refused", async ({
    page,
  }) => {
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    await signUp(page, "Hana");
    await createWorkspace(page, "Hana & Ivo");
    const nonces = new Set<string>();
    for (const path of ["/app", "/", "/app/settings/password", "/no-such-page"]) {
      const response = (await page.goto(path))!;
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      if (path === "/app") console.log(`dashboard Content-Security-Policy: ${csp}`);
      const scriptSrc =
        csp
          .split(";")
          .map((d) => d.trim())
          .find((d) => d.startsWith("script-src")) ?? "";
      expect(scriptSrc, path).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'$/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("same-origin");
      expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
      expect(headers["permissions-policy"], path).toContain("camera=()");
      // Served over http here: no HSTS.
      expect(headers["strict-transport-security"], path).toBeUndefined();
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
      nonces.add(nonce);
      const scripts = await page.locator("script").evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(
        scripts.every((n) => n === nonce),
        `${path}: every script has this response's nonce`,
      ).toBe(true);
    }
    expect(nonces.size).toBe(4);
    // Hydrated and working under the policy: a client-side form still answers.
    await page.goto("/app/settings/password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Enter your current password.")).toBeVisible();
    expect(refused).toEqual([]);
  });

  test("sign-in, sign-up and the landing page break no rule of their own policy, not even with a library's eval probe", async ({
    page,
  }) => {
    // Caught violations (a library trying `new Function` inside try/catch) log nothing to the
    // console, but the browser still reports them: Lighthouse counts them against best practices.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

    await page.goto("/signin");
    await page.getByLabel("Email").fill("not an email");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/Enter a valid email address/).first()).toBeVisible();
    expect(await violations(), "/signin").toEqual([]);

    await page.goto("/signup");
    await page.getByLabel("Email").fill("not an email");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(/Enter a valid email address/).first()).toBeVisible();
    expect(await violations(), "/signup").toEqual([]);

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await violations(), "/").toEqual([]);
  });

  test("share and reset links are never sent as a referrer", async ({ request }) => {
    for (const path of [`/share/${"A".repeat(43)}`, `/reset-password/${"A".repeat(43)}`]) {
      const response = await request.get(path);
      expect(response.headers()["referrer-policy"], path).toBe("no-referrer");
      expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
  });
});

test.describe("sessions", () => {
  const IPHONE =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

  test("settings lists each sign-in; signing one out ends that browser's session, this one stays", async ({ page, browser }) => {
    const { email } = await signUp(page, "Vida");
    await createWorkspace(page, "Vida & Wim");
    const phone = await browser.newContext({ userAgent: IPHONE, viewport: { width: 390, height: 844 } });
    const phonePage = await phone.newPage();
    await phonePage.goto("/signin");
    await phonePage.getByLabel("Email").fill(email);
    await phonePage.getByLabel("Password").fill(PASSWORD);
    await phonePage.getByRole("button", { name: "Sign in" }).click();
    await phonePage.waitForURL((url) => !url.pathname.startsWith("/signin"));
    // The phone itself is told nothing; the laptop is told about the phone on its next visit.
    await expect(phonePage.getByRole("heading", { name: /new sign-in/i })).toHaveCount(0);
    await page.goto("/app");
    const notice = page.getByRole("region", { name: "New sign-in to your account" });
    await expect(notice).toContainText("Safari on iPhone");
    await page.setViewportSize({ width: 375, height: 812 });
    await shot(page, "new-sign-in-375.png");
    await expectNoAxeViolations(page);
    await notice.getByRole("button", { name: "Got it, that was me" }).click();
    await expect(notice).toHaveCount(0);
    await expectAfterReload(page, async () => expect(page.getByRole("region", { name: "New sign-in to your account" })).toHaveCount(0));
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.goto("/app/settings");
    const rows = page.getByTestId("session");
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: "This device" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "Safari on iPhone" })).toHaveCount(1);
    const card = page
      .locator("section, div")
      .filter({ has: page.getByRole("heading", { name: "Where you're signed in" }) })
      .last();
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(card, "sessions-desktop.png");
    await page.setViewportSize({ width: 375, height: 812 });
    await shot(card, "sessions-375.png");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Sign out Safari on iPhone" }).click();
    await expect(rows).toHaveCount(1);
    await phonePage.goto("/app");
    await phonePage.waitForURL(/\/signin/);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
    await phone.close();
  });
});
