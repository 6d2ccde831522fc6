import { describe, expect, it } from "vitest";
import { MAX_ACTION_NESTING, nestedDeeperThan, refusedOrigin } from "@/lib/server/action-requests";

// The pure parts of the server-action request checks; tests/integration/http-server.test.ts sends
// the real requests to a production server.

describe("refusedOrigin", () => {
  const headers = (origin: string | null, host = "mend.example", forwarded?: string) =>
    new Headers({ host, ...(origin === null ? {} : { origin }), ...(forwarded ? { "x-forwarded-host": forwarded } : {}) });

  it("lets the page's own origin through, and a request without one (as Next does)", () => {
    expect(refusedOrigin(headers("https://mend.example"))).toBeNull();
    expect(refusedOrigin(headers(null))).toBeNull();
  });

  it("compares with the forwarded host first, like Next", () => {
    expect(refusedOrigin(headers("https://mend.example", "127.0.0.1:3000", "mend.example"))).toBeNull();
    expect(refusedOrigin(headers("http://127.0.0.1:3000", "127.0.0.1:3000", "mend.example"))).toEqual({
      status: 403,
      reason: "foreign origin",
    });
  });

  it("refuses a foreign or opaque origin with 403 and a malformed one with 400", () => {
    expect(refusedOrigin(headers("https://elsewhere.example"))).toEqual({ status: 403, reason: "foreign origin" });
    expect(refusedOrigin(headers("https://mend.example.elsewhere.example"))).toEqual({ status: 403, reason: "foreign origin" });
    expect(refusedOrigin(headers("null"))).toEqual({ status: 403, reason: "foreign origin" });
    expect(refusedOrigin(headers("http://[not-a-host"))).toEqual({ status: 400, reason: "malformed origin" });
  });
});

describe("nestedDeeperThan", () => {
  const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

  it("counts brackets and braces outside strings only", () => {
    expect(nestedDeeperThan(nested(MAX_ACTION_NESTING), MAX_ACTION_NESTING)).toBe(false);
    expect(nestedDeeperThan(nested(MAX_ACTION_NESTING + 1), MAX_ACTION_NESTING)).toBe(true);
    expect(nestedDeeperThan('{"a":'.repeat(40) + "1" + "}".repeat(40), MAX_ACTION_NESTING)).toBe(true);
    expect(nestedDeeperThan(JSON.stringify({ note: "[".repeat(1000) }), MAX_ACTION_NESTING)).toBe(false);
    expect(nestedDeeperThan(JSON.stringify(['a \\" [[[[', { b: ["\\"] }]), 3)).toBe(false);
  });

  it("leaves room for what Mend's forms send: the previous result, then the form", () => {
    const previous = { ok: false, fieldErrors: { name: ["Enter your name."] }, formError: null, data: { items: [{ id: "x" }] } };
    expect(nestedDeeperThan(JSON.stringify([previous, "$K1"]), MAX_ACTION_NESTING)).toBe(false);
  });
});
