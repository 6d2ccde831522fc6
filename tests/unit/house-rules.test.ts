import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Two rules of the house a newcomer can rely on (issue 25, docs/architecture.md):
// - a page reads like a table of contents: no function in a page or layout of app/ is longer than
//   PAGE_FUNCTION_MAX_LINES; the page authorizes, reads in one parallel batch, and hands each
//   section (components/<feature>/) its slice, so a read is never repeated or serialised;
// - an action says no one way: `refuse` in lib/validation/result.ts. No other module defines a
//   `refuse` or `failed` of its own.
const ROOT = path.resolve(__dirname, "..", "..");
export const PAGE_FUNCTION_MAX_LINES = 80;
const REFUSE_HOME = "lib/validation/result.ts";

function walk(relative: string, keep: (file: string) => boolean): string[] {
  const full = path.join(ROOT, relative);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return keep(relative) ? [relative] : [];
  if (relative === "lib/generated") return [];
  return fs.readdirSync(full).flatMap((name) => walk(path.posix.join(relative, name), keep));
}

const source = (file: string) => ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);

/** Every function in a file (declarations, arrows, methods, at any depth) with its length in lines. */
function functionsOf(file: string): { name: string; lines: number }[] {
  const sf = source(file);
  const found: { name: string; lines: number }[] = [];
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) {
      const named =
        node.name?.getText(sf) ??
        (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(sf) : `(anonymous at line ${lineOf(node.getStart(sf)) + 1})`);
      found.push({ name: named, lines: lineOf(node.getEnd()) - lineOf(node.getStart(sf)) + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const pages = walk("app", (file) => /\/(page|layout)\.tsx$/.test(file));

describe("pages are short", () => {
  it("finds the pages", () => {
    expect(pages).toContain("app/(app)/app/page.tsx");
    expect(pages).toContain("app/share/[token]/page.tsx");
  });

  it(`no function in a page or layout is longer than ${PAGE_FUNCTION_MAX_LINES} lines`, () => {
    const long = pages.flatMap((file) =>
      functionsOf(file)
        .filter((f) => f.lines > PAGE_FUNCTION_MAX_LINES)
        .map((f) => `${file} ${f.name}: ${f.lines} lines`),
    );
    expect(long).toEqual([]);
  });

  it("counts a function's lines from its first to its last", () => {
    const file = "tests/unit/house-rules.test.ts";
    const walkFn = functionsOf(file).find((f) => f.name === "walk");
    expect(walkFn?.lines).toBe(7);
  });
});

describe("one way to refuse", () => {
  const modules = ["app", "components", "lib"].flatMap((dir) => walk(dir, (file) => /\.(tsx?|mjs|mts)$/.test(file)));

  it(`only ${REFUSE_HOME} defines refuse or failed`, () => {
    const defined = modules.flatMap((file) => {
      const sf = source(file);
      const names: string[] = [];
      const visit = (node: ts.Node) => {
        // A helper: a function, or a variable holding one (a local `failed` value is not a helper).
        const isHelperVariable =
          ts.isVariableDeclaration(node) &&
          node.initializer &&
          (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer));
        const name =
          ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || isHelperVariable ? node.name?.getText(sf) : undefined;
        if (name && /^(refuse|failed)$/.test(name)) names.push(`${file}: ${name}`);
        ts.forEachChild(node, visit);
      };
      visit(sf);
      return names;
    });
    expect(defined).toEqual([`${REFUSE_HOME}: refuse`]);
  });
});
