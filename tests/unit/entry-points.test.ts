import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Authorization starts at every entry point: each page, layout, route handler and server action in
// app/ begins with a `require…` call from lib/server/access.ts (directly, or through an action
// helper that runs one), unless it is on the public list below. New files are found on their own.

const ROOT = path.resolve(__dirname, "..", "..");

/** Entry points anyone may reach, each with the reason. Keep this list short. */
const PUBLIC: Record<string, string> = {
  "app/layout.tsx#default":
    "the HTML shell and the quick exit; reads only the quick-exit address from the configuration and the request's CSP nonce",
  "app/(marketing)/page.tsx#default": "the landing page",
  "app/(auth)/layout.tsx#default": "the sign-in/sign-up frame; reads nothing",
  "app/(auth)/signin/page.tsx#default": "sign-in",
  "app/(auth)/signup/page.tsx#default": "sign-up",
  "app/(auth)/signup/actions.ts#signUpAction": "creating an account",
  "app/(auth)/signup/actions.ts#confirmSignUpAction": "the single-use, 30-minute confirmation token is the credential",
  "app/(auth)/signup/confirm/[token]/page.tsx#default": "a sign-up confirmation link: says only whether the link is still usable",
  "app/(auth)/forgot-password/page.tsx#default": "asking for a reset link; shows nothing about any account",
  "app/(auth)/forgot-password/actions.ts#requestResetAction":
    "asking for a reset link (throttled per address; same answer whether or not the account exists)",
  "app/(auth)/reset-password/[token]/page.tsx#default": "a reset link: says only whether the link is still usable",
  "app/(auth)/reset-password/[token]/actions.ts#resetPasswordAction": "the single-use, 30-minute reset token is the credential",
  "app/(auth)/invite/[token]/page.tsx#default": "an invite link shows whose workspace it opens (accepting needs requireUser)",
  "app/(app)/app/stages/[slug]/page.tsx#generateMetadata": "the page title: a stage's name, public content",
  "app/api/health/route.ts#GET": "load balancers; answers ok/busy/unavailable, nothing about any couple",
  "app/api/auth/[...nextauth]/route.ts#GET": "next-auth's endpoints (CSRF, session, sign-out) with their own checks",
  "app/api/auth/[...nextauth]/route.ts#POST": "next-auth's credentials sign-in, with its CSRF check",
  "app/unsubscribe/[token]/route.ts#GET": "a reminder email's unsubscribe link: a page with one button, reads nothing",
  "app/unsubscribe/[token]/route.ts#POST":
    "the unsubscribe button: the token is the credential, and it can only switch that person's reminders off",
};

/** Action helpers and the require… call each one runs before anything else. */
const ACTION_HELPERS: Record<string, string | null> = {
  partnerAction: "requirePartner",
  userAction: "requireUser",
  publicAction: null,
};

const isRequire = (name: string) => /^require[A-Z]\w*$/.test(name);

type EntryPoint = { key: string; guarded: boolean; how: string };

function calleeName(node: ts.Node): string | null {
  if (ts.isAwaitExpression(node)) return calleeName(node.expression);
  if (ts.isCallExpression(node)) return ts.isIdentifier(node.expression) ? node.expression.text : null;
  return null;
}

/** The require… call a function body starts with, if any: `await requireX()`, `const c = await requireX()`. */
function firstRequire(body: ts.Node | undefined): string | null {
  if (!body || !ts.isBlock(body)) return null;
  const first = body.statements[0];
  if (!first) return null;
  if (ts.isExpressionStatement(first)) return calleeName(first.expression);
  if (ts.isVariableStatement(first)) {
    const init = first.declarationList.declarations[0]?.initializer;
    return init ? calleeName(init) : null;
  }
  return null;
}

function hasExport(node: ts.Node) {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}
function hasDefault(node: ts.Node) {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
}

/** Route segment settings and static data Next reads from a page, layout or route: not entry points. */
const CONFIG_EXPORTS = new Set([
  "metadata",
  "viewport",
  "dynamic",
  "dynamicParams",
  "revalidate",
  "fetchCache",
  "runtime",
  "preferredRegion",
  "maxDuration",
  "generateStaticParams",
]);

/**
 * Finds the entry points one file declares and whether each starts with a require… call. In a
 * page, layout, route or "use server" file every export counts, unless it is segment config: an
 * export this walker can't read is reported as unguarded, never skipped.
 */
export function entryPointsOf(file: string, source: string): EntryPoint[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const base = path.basename(file);
  const isActions = sf.statements.some(
    (s) => ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server",
  );
  const isRoute = /^route\.tsx?$/.test(base);
  const isPage = /^(page|layout)\.tsx?$/.test(base);
  if (!isActions && !isRoute && !isPage) return [];

  // Local functions and `const x = …` initialisers, so `export default X` and `export { X as GET }` resolve.
  const locals = new Map<string, ts.Node>();
  for (const statement of sf.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) locals.set(statement.name.text, statement);
    if (ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.initializer) locals.set(d.name.text, d.initializer);
  }

  const judge = (name: string, node: ts.Node | undefined): EntryPoint => {
    const key = `${file}#${name}`;
    if (node && ts.isIdentifier(node)) return judge(name, locals.get(node.text));
    if (node && (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node))) {
      const called = firstRequire(node.body);
      return { key, guarded: called !== null && isRequire(called), how: called ?? "no call first" };
    }
    if (node && ts.isCallExpression(node)) {
      const helper = calleeName(node);
      const runs = helper && Object.hasOwn(ACTION_HELPERS, helper) ? ACTION_HELPERS[helper] : undefined;
      return { key, guarded: typeof runs === "string", how: helper ?? "not a known action helper" };
    }
    return { key, guarded: false, how: "an export this test can't read" };
  };

  const found: EntryPoint[] = [];
  const add = (name: string, node: ts.Node | undefined) => {
    if (!isActions && CONFIG_EXPORTS.has(name)) return;
    found.push(judge(name, node));
  };
  for (const statement of sf.statements) {
    if (ts.isFunctionDeclaration(statement) && hasExport(statement))
      add(hasDefault(statement) ? "default" : (statement.name?.text ?? "default"), statement);
    else if (ts.isVariableStatement(statement) && hasExport(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) add(d.name.text, d.initializer);
    } else if (ts.isExportAssignment(statement)) add("default", statement.expression);
    else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const spec of statement.exportClause.elements) add(spec.name.text, locals.get((spec.propertyName ?? spec.name).text));
    }
  }
  return found;
}

function appFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return appFiles(rel);
    return /\.(ts|tsx)$/.test(d.name) ? [rel] : [];
  });
}

describe("entry points", () => {
  const all = appFiles("app").flatMap((file) => entryPointsOf(file, fs.readFileSync(path.join(ROOT, file), "utf8")));

  it("finds the app's pages, layouts, route handlers and server actions", () => {
    const kinds = (re: RegExp) => all.filter((e) => re.test(e.key)).length;
    expect(kinds(/page\.tsx#default$/)).toBeGreaterThanOrEqual(9);
    expect(kinds(/layout\.tsx#default$/)).toBeGreaterThanOrEqual(3);
    expect(kinds(/route\.ts#/)).toBeGreaterThanOrEqual(3);
    expect(kinds(/actions\.ts#/)).toBeGreaterThanOrEqual(10);
  });

  it("each start with a require… call, or are on the public list", () => {
    const unguarded = all.filter((e) => !e.guarded && !Object.hasOwn(PUBLIC, e.key)).map((e) => `${e.key} (${e.how})`);
    expect(unguarded).toEqual([]);
  });

  it("keep the public list honest: every entry on it exists and really is unguarded", () => {
    const byKey = new Map(all.map((e) => [e.key, e]));
    const stale = Object.keys(PUBLIC).filter((key) => !byKey.has(key));
    const guardedAnyway = Object.keys(PUBLIC).filter((key) => byKey.get(key)?.guarded);
    expect({ stale, guardedAnyway }).toEqual({ stale: [], guardedAnyway: [] });
  });

  it("catches a page, an action and a route that forget their require… call", () => {
    const page = `export default async function P() { const rows = await db.entry.findMany(); return null; }`;
    const actions = `"use server";\nexport async function saveAction(form: FormData) { await save(form); }\nexport const other = someWrapper(schema, fn);`;
    const route = `export async function POST() { return Response.json({}); }`;
    const guardedPage = `export default async function P() { const ctx = await requirePartner(); return null; }`;
    expect(entryPointsOf("app/x/page.tsx", page)).toMatchObject([{ guarded: false }]);
    expect(entryPointsOf("app/x/actions.ts", actions)).toMatchObject([{ guarded: false }, { guarded: false }]);
    expect(entryPointsOf("app/x/route.ts", route)).toMatchObject([{ guarded: false }]);
    expect(entryPointsOf("app/x/page.tsx", guardedPage)).toMatchObject([{ guarded: true }]);
    expect(entryPointsOf("app/x/actions.ts", `"use server";\nexport const a = partnerAction(s, f);`)).toMatchObject([{ guarded: true }]);
    // Other ways to export a page: an identifier, metadata that reads data, a re-export it can't see into.
    expect(entryPointsOf("app/x/page.tsx", `const Page = async () => { await db.x(); };\nexport default Page;`)).toMatchObject([
      { guarded: false },
    ]);
    expect(entryPointsOf("app/x/page.tsx", `const Page = async () => { await requireUser(); };\nexport default Page;`)).toMatchObject([
      { guarded: true },
    ]);
    expect(
      entryPointsOf("app/x/page.tsx", `export async function generateMetadata() { return { title: (await db.x()).name }; }`),
    ).toMatchObject([{ guarded: false }]);
    expect(entryPointsOf("app/x/page.tsx", `export { default } from "./other";`)).toMatchObject([{ guarded: false }]);
    expect(entryPointsOf("app/x/page.tsx", `export const dynamic = "force-dynamic";\nexport const metadata = {};`)).toEqual([]);
  });
});
