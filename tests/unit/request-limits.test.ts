import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { TITLE_MAX } from "@/lib/entries/kinds/define";
import { requestTimeouts } from "@/lib/cli/request-guard.mjs";
import { MAX_BODY_BYTES, TOO_LARGE_MESSAGE } from "@/lib/request-limits.mjs";
import { ENTRY_MAX_CHARS } from "@/lib/validation/entry";

// React's own encoder for action arguments, the one the browser's form uses.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

async function encodedBytes(args: unknown[]) {
  return (await new Request("http://encoder.invalid/", { method: "POST", body: await encodeReply(args) }).arrayBuffer()).byteLength;
}

describe("the request body limit", () => {
  it("fits the largest legitimate form: a memory with a full title and text, every character 3 bytes in UTF-8", async () => {
    // "€" is one UTF-16 unit and 3 bytes, the most any unit costs; the limits count units.
    const form = new FormData();
    form.append("stageSlug", "new-memories");
    form.append("exerciseKey", "");
    form.append("kind", "memory");
    form.append("visibility", "partner");
    form.append("date", "2026-12-24");
    form.append("title", "€".repeat(TITLE_MAX));
    form.append("text", "€".repeat(ENTRY_MAX_CHARS));
    // useActionState sends the previous result back: say every field had an error.
    const previous = { ok: false, fieldErrors: { title: ["x".repeat(200)], text: ["x".repeat(200)] }, formError: "x".repeat(200) };
    const bytes = await encodedBytes([previous, form]);
    expect(bytes).toBeGreaterThan(3 * (ENTRY_MAX_CHARS + TITLE_MAX));
    expect(bytes).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });

  it("names the entry limit the forms check when it refuses a body as too large", () => {
    expect(TOO_LARGE_MESSAGE).toContain(`up to ${ENTRY_MAX_CHARS.toLocaleString("en")} characters`);
  });

  it("stays under Next's own server-action limit (1 MB), so Next never answers 500 for size", () => {
    expect(MAX_BODY_BYTES).toBeLessThan(1024 * 1024);
  });
});

describe("the request timeouts", () => {
  it("default to 30 seconds for a whole request, a third of that for the headers and for a pause in the body", () => {
    expect(requestTimeouts({})).toMatchObject({ requestTimeout: 30_000, headersTimeout: 10_000, bodyIdleTimeout: 10_000 });
  });

  it("follow MEND_REQUEST_TIMEOUT_SECONDS, and refuse anything but a positive number", () => {
    expect(requestTimeouts({ MEND_REQUEST_TIMEOUT_SECONDS: "3" })).toMatchObject({ requestTimeout: 3000, bodyIdleTimeout: 1000 });
    for (const bad of ["0", "-1", "soon", "Infinity"]) {
      expect(() => requestTimeouts({ MEND_REQUEST_TIMEOUT_SECONDS: bad })).toThrow(
        /MEND_REQUEST_TIMEOUT_SECONDS must be a number of seconds/,
      );
    }
  });
});
