import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Issue 25, point 3: one way to refuse (`refuse` in lib/validation/result.ts), one `canRead`
// (lib/server/access.ts) and one list of what a write revalidates (lib/server/actions.ts). Written a second time, each drifts: a copy that forgets `fieldErrors`
// breaks the forms, a copy that checks the wrong section leaks one.

const ROOT = path.resolve(__dirname, "..", "..");

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

const product = ["app", "components", "lib"].flatMap(sources);

function offenders(pattern: RegExp, home: string) {
  return product.filter((file) => file !== home && pattern.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
}

describe("one way", () => {
  it("to revalidate the workspace after a write: one list, WORKSPACE_PAGES in lib/server/actions.ts", () => {
    expect(offenders(/\[\s*"\/app",\s*"layout"\s*\]/, "lib/server/actions.ts")).toEqual([]);
  });

  it("to refuse: no module but lib/validation/result.ts writes a refusal out or defines its own helper", () => {
    expect(product.length).toBeGreaterThan(100);
    expect(offenders(/fieldErrors:\s*\{\s*\},\s*formError/, "lib/validation/result.ts")).toEqual([]);
    // A helper of its own: `const refuse = (…` or `function failed(…`.
    expect(offenders(/\b(?:const\s+(?:refuse|failed)\s*=\s*\(|function\s+(?:refuse|failed)\s*\()/, "lib/validation/result.ts")).toEqual([]);
  });

  it("to ask whether a reader may see a section: no module but lib/server/access.ts defines canRead or writes out its check (a partner, or a link whose scope names the section)", () => {
    expect(offenders(/\b(?:const|function)\s+canRead\b/, "lib/server/access.ts")).toEqual([]);
    expect(offenders(/ctx\.kind === "partner" \|\| ctx\.scope\.includes/, "lib/server/access.ts")).toEqual([]);
  });
});
