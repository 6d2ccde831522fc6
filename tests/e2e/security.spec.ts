import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

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
