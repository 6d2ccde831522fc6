import { afterEach, describe, expect, it, vi } from "vitest";

// env() is read once per module graph: each case loads fresh modules under its own NEXTAUTH_URL.
async function load(url: string) {
  vi.stubEnv("NEXTAUTH_URL", url);
  vi.resetModules();
  const { sessionCookie } = await import("@/lib/server/auth/session-cookie");
  const { authOptions } = await import("@/lib/server/auth/options");
  const { httpsOnly } = await import("@/lib/server/security-headers");
  const { deviceCookieName } = await import("@/lib/server/auth/device-cookie");
  return { cookie: sessionCookie(), authOptions, hsts: httpsOnly(), deviceCookie: deviceCookieName("some-user-id") };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("cookies and HSTS follow the public address", () => {
  it("over https: Secure cookies, the session and device cookies under the __Host- prefix, HSTS on", async () => {
    const { cookie, authOptions, hsts, deviceCookie } = await load("https://mend.example.org");
    expect(deviceCookie).toMatch(/^__Host-mend-device-[A-Za-z0-9_-]{16}$/);
    expect(cookie).toEqual({
      name: "__Host-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
    expect(authOptions.useSecureCookies).toBe(true);
    expect(authOptions.cookies?.sessionToken?.name).toBe("__Host-next-auth.session-token");
    expect(hsts).toBe(true);
  });

  it("over http on this computer: plain names, not Secure, no HSTS", async () => {
    const { cookie, authOptions, hsts, deviceCookie } = await load("http://localhost:3000");
    expect(cookie.name).toBe("next-auth.session-token");
    expect(deviceCookie).toMatch(/^mend-device-[A-Za-z0-9_-]{16}$/);
    expect(cookie.options.secure).toBe(false);
    expect(authOptions.useSecureCookies).toBe(false);
    expect(hsts).toBe(false);
  });
});
