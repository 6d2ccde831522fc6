import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";

describe("where sign-in sends a person afterwards", () => {
  it("follows paths on this site", () => {
    expect(safeCallbackUrl("/app/settings")).toBe("/app/settings");
    expect(safeCallbackUrl("/invite/abc?x=1#y")).toBe("/invite/abc?x=1#y");
  });

  it("never leaves the site, however the address is disguised", () => {
    for (const evil of ["//evil.com", "/\\evil.com", "/\t/evil.com", "/\n/evil.com", "https://evil.com", "javascript:alert(1)", "/%09/evil.com", "", null, undefined]) {
      const target = safeCallbackUrl(evil);
      expect(new URL(target, "http://mend.invalid").origin, String(evil)).toBe("http://mend.invalid");
    }
    expect(safeCallbackUrl("/\t/evil.com")).toBe("/app");
  });
});
