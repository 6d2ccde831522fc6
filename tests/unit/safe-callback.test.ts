import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";

const APP = "https://mend.example.org";

/** Where a browser on the app would really go when sent to `target`. */
const landsOn = (target: string) => new URL(target, `${APP}/signin`).origin;

describe("where sign-in sends a person afterwards", () => {
  it("follows paths on this site, with their query and fragment", () => {
    expect(safeCallbackUrl("/app/settings")).toBe("/app/settings");
    expect(safeCallbackUrl("/invite/abc?x=1#y")).toBe("/invite/abc?x=1#y");
    expect(safeCallbackUrl("/app/./stages/../settings")).toBe("/app/settings");
    expect(safeCallbackUrl("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });

  it("accepts an absolute address on the app's own origin, reduced to its path", () => {
    expect(safeCallbackUrl(`${APP}/app/stages/patience?x=1`, APP)).toBe("/app/stages/patience?x=1");
    expect(safeCallbackUrl("https://mend.example.org.evil.example/app", APP)).toBe("/app");
    expect(safeCallbackUrl("http://mend.example.org/app", APP)).toBe("/app");
  });

  const vectors = [
    // dot segments that collapse into a scheme-relative address
    "/.//evil.example",
    "/./\\/evil.example",
    "/%2e//evil.example",
    "/%2E//evil.example",
    "/%2e%2e//evil.example",
    "/a/..//evil.example",
    "/a/%2e%2e//evil.example",
    "/a/b/../..//evil.example/x",
    // scheme-relative and backslashes (read as slashes)
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\\/evil.example",
    // tabs and newlines are dropped by the parser
    "/\t/evil.example",
    "/\n/evil.example",
    "/%09/evil.example",
    // absolute and other schemes
    "https://evil.example",
    "http://evil.example/app",
    "HTTPS://evil.example",
    "https:evil.example",
    "https:/evil.example",
    "//user@evil.example",
    "/app@evil.example".replace("/app", "//app"),
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    " //evil.example",
    "",
    null,
    undefined,
  ];

  it.each(vectors.map((v) => [JSON.stringify(v), v] as const))("never leaves the site for %s", (_label, vector) => {
    const target = safeCallbackUrl(vector, APP);
    expect(landsOn(target)).toBe(APP);
    expect(target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\")).toBe(true);
    // Also without knowing the origin (the sign-in form's first render).
    expect(landsOn(safeCallbackUrl(vector))).toBe(APP);
  });

  it("sends the classic open-redirect vectors to the dashboard", () => {
    for (const v of ["/.//evil.example", "/%2e//evil.example", "/a/..//evil.example", "/\\evil.example", "https://evil.example"]) {
      expect(safeCallbackUrl(v, APP), v).toBe("/app");
    }
  });
});
