import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// What a phone downloads: zod is the server's check of every input, ~29 KB gzip that no form in the
// browser uses. It reached the browser because client forms imported their limits and labels from
// the modules that define the schemas, and the entry form asked the kinds' registry (their schemas)
// for its fields. Now those constants live in zod-free modules (lib/validation/*-options.ts,
// limits.ts) and the entry form and card get a plain KindForm from the server. This follows every
// module a "use client" file imports for its values (not `import type`, not into a "use server"
// module, which the browser reaches by reference only, nor into lib/server) and fails when one of
// them imports zod. `npm run bench` prints the bytes (first_load_js_over_baseline). A lazy
// `import()` is not part of a page's first load: those are listed, and must be the known ones.
const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE_DIRS = ["app", "components", "lib"];
const EXTENSIONS = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx"];

function walk(relative: string): string[] {
  const full = path.join(ROOT, relative);
  if (fs.statSync(full).isFile()) return /\.(tsx?|mjs)$/.test(relative) ? [relative] : [];
  if (relative === "lib/generated") return [];
  return fs.readdirSync(full).flatMap((name) => walk(path.posix.join(relative, name)));
}

const text = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const directive = (file: string, name: string) => text(file).trimStart().startsWith(`"${name}"`);

function resolve(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.posix.join(path.posix.dirname(from), specifier)
      : null;
  if (base === null) return null;
  const hit = EXTENSIONS.map((ext) => base + ext).find(
    (candidate) => fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile(),
  );
  return hit ?? null;
}

/** The modules a file loads lazily, with `import("…")`. */
function lazyImports(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!)) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text(file), ts.ScriptTarget.Latest, true));
  return found;
}

/** The modules a file imports for values: type-only imports and re-exports are erased by the compiler. */
export function valueImports(file: string): string[] {
  const sf = ts.createSourceFile(file, text(file), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of sf.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          clause.namedBindings &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found;
}

const isOrUnder = (specifier: string, target: string) => specifier === target || specifier.startsWith(`${target}/`);

/**
 * What the browser's entry points reach through static imports: each module importing `target`
 * (or a subpath such as `zod/v4`) with the chain that reaches it, the imports of ours that could
 * not be resolved (the walk would otherwise stop there quietly), and the lazy imports met on the way.
 */
function walkClient(target: string) {
  const files = SOURCE_DIRS.flatMap(walk);
  const parent = new Map<string, string | null>();
  const queue = files.filter((file) => directive(file, "use client"));
  for (const file of queue) parent.set(file, null);
  const chains: string[][] = [];
  const unresolved: string[] = [];
  const lazy: string[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    lazy.push(...lazyImports(file).map((specifier) => `${file} → ${specifier}`));
    for (const specifier of valueImports(file)) {
      if (isOrUnder(specifier, target)) {
        const chain = [file];
        for (let p = parent.get(file); p; p = parent.get(p)) chain.push(p);
        chains.push(chain);
        continue;
      }
      const next = resolve(specifier, file);
      if (!next && (specifier.startsWith("@/") || specifier.startsWith("."))) unresolved.push(`${file} → ${specifier}`);
      if (!next || parent.has(next) || next.startsWith("lib/server/") || directive(next, "use server")) continue;
      parent.set(next, file);
      queue.push(next);
    }
  }
  return { chains, unresolved, lazy };
}

export const clientChainsTo = (target: string) => walkClient(target).chains;

describe("what the browser loads", () => {
  it("no module a client component imports for its values imports zod", () => {
    const { chains, unresolved } = walkClient("zod");
    expect(chains.map((chain) => chain.join(" ← "))).toEqual([]);
    expect(unresolved).toEqual([]);
  });

  it("loads zod only where a page asks for it lazily, on purpose", () => {
    // The sign-in form checks its two fields in the browser on the first submit, not with the page.
    expect(walkClient("zod").lazy).toEqual([
      "components/auth/sign-in-form.tsx → @/lib/validation/auth",
      "components/auth/sign-in-form.tsx → @/lib/validation/form",
    ]);
  });

  it("finds zod where it is imported for values, and not through a type-only import", () => {
    // The checks the test above relies on, on modules whose imports are known.
    expect(valueImports("lib/validation/check-in.ts")).toContain("zod");
    expect(valueImports("lib/entries/kinds/define.ts")).not.toContain("zod");
    expect(clientChainsTo("@/lib/validation/check-in-options").flat()).toContain("components/check-ins/check-in-form.tsx");
    expect(isOrUnder("zod/v4", "zod")).toBe(true);
    expect(isOrUnder("zodiac", "zod")).toBe(false);
  });
});
