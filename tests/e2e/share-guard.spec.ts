import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { setUpCouple, tickShareSections, writeEntry } from "./helpers";

// Read-only by construction, proven against the production build: every server action and
// every API route is called by a visitor who holds nothing but a therapist share link (in
// the URL, the body, a header and the referrer; no session cookie). Each must refuse
// (401/403/404, an unavailable action, or a sign-in redirect) and nothing the couple owns
// may change. A signed-in control call with the same encoding shows the calls do reach the
// actions, so the refusals mean something.

const DIST = path.resolve(__dirname, "..", "..", ".next-e2e", "server");
const MARKER = `probe-${crypto.randomBytes(4).toString("hex")}`;
/** Actions anyone may call without an account (they still must not change anything here). */
const PUBLIC_ACTIONS = new Set(["signUpAction", "confirmSignUpAction", "requestResetAction", "resetPasswordAction"]);
/**
 * Non-GET endpoints that answer anyone and store nothing: next-auth's client logger (it
 * writes to the server log only) and robots.txt (static, whatever the method).
 */
const PUBLIC_NON_GET = [/^\/api\/auth\/_log$/, /^\/robots\.txt$/];
/** next-auth serves several endpoints from one catch-all route. */
const NEXTAUTH_PATHS = ["signin", "signout", "session", "csrf", "providers", "callback/credentials", "signin/credentials", "error", "_log"];

// better-sqlite3 ships without types; the few calls used here, typed by hand.
type Statement = { all: (...params: unknown[]) => unknown[]; get: (...params: unknown[]) => unknown };
type SqliteDb = { prepare: (sql: string) => Statement; close: () => void };
const Sqlite = createRequire(__filename)("better-sqlite3") as new (
  file: string,
  options: { readonly: boolean; fileMustExist: boolean },
) => SqliteDb;

type ActionInfo = { id: string; name: string; file: string; pages: string[] };

function actions(): ActionInfo[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName ?? id,
    file: entry.filename ?? "?",
    pages: Object.keys(entry.workers),
  }));
}

/** "app/(app)/app/settings/page" → "/app/settings"; dynamic segments get the share token. */
function urlOf(appPath: string, token: string) {
  const segments = appPath
    .replace(/^app\//, "")
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@"))
    .map((s) => (s.startsWith("[") ? token : s));
  return "/" + segments.join("/");
}

function routes(token: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((p) => p.endsWith("/route"))
    .flatMap((p) => {
      const url = urlOf("app" + p, token);
      return p.includes("[...nextauth]") ? [url, ...NEXTAUTH_PATHS.map((sub) => url.replace(token, sub))] : [url];
    });
}

/** The e2e server's SQLite file (tests/e2e/server.mjs notes where its data dir is). */
function openDb(baseURL: string) {
  const note = path.join(os.tmpdir(), `mend-e2e-${new URL(baseURL).port}.datadir`);
  return new Sqlite(path.join(fs.readFileSync(note, "utf8").trim(), "mend.db"), { readonly: true, fileMustExist: true });
}

/** Every row that belongs to the couple (visits excluded: opening the link is meant to log one). */
function coupleSnapshot(db: SqliteDb, coupleId: string): Record<string, string> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma_%'")
    .all() as { name: string }[];
  const out: Record<string, string> = {};
  const userIds = (db.prepare('SELECT userId FROM "Membership" WHERE coupleId = ?').all(coupleId) as { userId: string }[]).map(
    (r) => r.userId,
  );
  for (const { name } of tables) {
    if (name === "ShareVisit" || name === "RateLimiterFlexible") continue;
    const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name);
    let rows: unknown[] | undefined;
    if (columns.includes("coupleId")) rows = db.prepare(`SELECT * FROM "${name}" WHERE coupleId = ? ORDER BY 1`).all(coupleId);
    else if (name === "Couple") rows = db.prepare('SELECT * FROM "Couple" WHERE id = ?').all(coupleId);
    else if (name === "User")
      rows = db.prepare(`SELECT * FROM "User" WHERE id IN (${userIds.map(() => "?").join(",")}) ORDER BY 1`).all(...userIds);
    if (rows) out[name] = JSON.stringify(rows);
  }
  return out;
}

/** Names of the tables whose couple rows differ between two snapshots. */
function changedTables(before: Record<string, string>, after: Record<string, string>) {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]);
}

/** Any row anywhere carrying the probe marker we put in every forged field. */
function rowsWithMarker(db: SqliteDb) {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return tables.flatMap(({ name }) =>
    (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).filter((row) => JSON.stringify(row).includes(MARKER)).map(() => name),
  );
}

/** Form fields a couple-scoped write might read, all pointing at this couple's records. */
function forgedFields(token: string, ids: { shareLinkId: string; entryId: string }) {
  return {
    token,
    id: ids.shareLinkId,
    entryId: ids.entryId,
    therapistName: `Dr. ${MARKER}`,
    scope: "entries",
    expiryDays: "180",
    name: `Name ${MARKER}`,
    side: "hurt",
    stageSlug: "acknowledgment",
    slug: "acknowledgment",
    exerciseKey: "accountability-statement",
    kind: "accountability",
    visibility: "therapist",
    answers: `Forged ${MARKER}`,
    verdict: "heard",
    questions: MARKER,
  };
}

/**
 * The same wire format React uses for `action(prevState, formData)` from useActionState:
 * the form's fields under `_1_`, then the root `0` last (the server reads them in order).
 */
function fetchActionMultipart(fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
  form.append("0", JSON.stringify(["$undefined", "$K1"]));
  return form;
}

async function callAction(
  request: APIRequestContext,
  baseURL: string,
  url: string,
  action: ActionInfo,
  body: { multipart?: FormData; json?: unknown[] },
  shareUrl: string,
) {
  return request.post(url, {
    headers: {
      "Next-Action": action.id,
      Accept: "text/x-component",
      Origin: baseURL,
      Referer: shareUrl,
      Authorization: `Bearer ${shareUrl.split("/").pop()}`,
      ...(body.json ? { "Content-Type": "text/plain;charset=UTF-8" } : {}),
    },
    ...(body.json ? { data: JSON.stringify(body.json) } : { multipart: body.multipart }),
    maxRedirects: 0,
  });
}

function refused(res: APIResponse) {
  const redirect = res.headers()["x-action-redirect"] ?? res.headers()["location"] ?? "";
  if ([401, 403, 404, 405, 409].includes(res.status())) return true;
  return (
    (res.status() === 200 || res.status() === 303 || res.status() === 307 || res.status() === 302) &&
    /^(https?:\/\/[^/]+)?\/(signin|api\/auth\/signin)\b/.test(redirect)
  );
}

async function createLinkInUi(page: Page, therapistName: string) {
  await page.goto("/app/settings/sharing");
  await page.getByLabel("Therapist's name").fill(therapistName);
  await tickShareSections(page);
  await page.getByRole("button", { name: "Create link" }).click();
  const field = page.getByRole("textbox", { name: `Link for ${therapistName}` });
  await expect(field).toHaveValue(/\/share\/[A-Za-z0-9_-]{43}$/);
  return field.inputValue();
}

test("no server action or API route accepts a share link for a write", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const { a } = await setUpCouple(browser, ["Ari", "Bo"]);
  // A therapist-visible entry, so forged edits, deletes and responses have a real target.
  await writeEntry(a.page, {
    stage: "acknowledgment",
    exercise: "Write your accountability statement",
    answers: ["What I did."],
    visibility: "Partner and therapist",
  });
  const shareUrl = await createLinkInUi(a.page, "Dr. Guard");
  const token = shareUrl.split("/").pop()!;
  const db = openDb(baseURL!);
  const link = db.prepare('SELECT id, coupleId FROM "ShareLink" WHERE therapistName = ? ORDER BY createdAt DESC').get("Dr. Guard") as {
    id: string;
    coupleId: string;
  };
  const entry = db.prepare('SELECT id FROM "Entry" WHERE coupleId = ?').get(link.coupleId) as { id: string };
  const ids = { shareLinkId: link.id, entryId: entry.id };

  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(shareUrl)).status()).toBe(200);

  const found = actions();
  expect(found.map((x) => x.name)).toEqual(expect.arrayContaining(["createShareLinkAction", "revokeShareLinkAction", "issueInviteAction"]));
  const before = coupleSnapshot(db, link.coupleId);
  const problems: string[] = [];

  for (const action of found) {
    const fields = forgedFields(token, ids);
    const attempts: [string, string, Parameters<typeof callAction>[4]][] = [
      ["share page, form data", `/share/${token}`, { multipart: fetchActionMultipart(fields) }],
      ...action.pages.flatMap((page): [string, string, Parameters<typeof callAction>[4]][] => [
        [`${urlOf(page, token)}, form data`, urlOf(page, token), { multipart: fetchActionMultipart(fields) }],
        [`${urlOf(page, token)}, plain arguments`, urlOf(page, token), { json: [token, fields] }],
        [`${urlOf(page, token)}, an entry id`, urlOf(page, token), { json: [ids.entryId, 0, true] }],
        [`${urlOf(page, token)}, a stage`, urlOf(page, token), { json: ["acknowledgment"] }],
      ]),
    ];
    for (const [label, url, body] of attempts) {
      const res = await callAction(anonymous, baseURL!, url, action, body, shareUrl);
      if (res.status() >= 500) problems.push(`${action.name} (${action.file}) via ${label}: server error ${res.status()}`);
      else if (!refused(res) && !PUBLIC_ACTIONS.has(action.name)) {
        problems.push(`${action.name} (${action.file}) via ${label}: answered ${res.status()} ${res.headers()["x-action-redirect"] ?? ""}`);
      }
    }
    // The no-JavaScript form path, too.
    const mpa = await anonymous.post(urlOf(action.pages[0] ?? "app/page", token), {
      headers: { Origin: baseURL!, Referer: shareUrl },
      multipart: { [`$ACTION_ID_${action.id}`]: "", ...fields },
      maxRedirects: 0,
    });
    if (mpa.status() >= 500) problems.push(`${action.name} as a plain form post: server error ${mpa.status()}`);
    else if (!refused(mpa) && !PUBLIC_ACTIONS.has(action.name))
      problems.push(`${action.name} as a plain form post: answered ${mpa.status()}`);
  }

  const found_routes = routes(token);
  expect(found_routes).toEqual(expect.arrayContaining(["/api/health", "/api/auth/callback/credentials"]));
  for (const route of found_routes) {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      const res = await anonymous.fetch(`${route}?token=${token}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, Referer: shareUrl, Origin: baseURL! },
        ...(method === "GET" ? {} : { form: forgedFields(token, ids) }),
        maxRedirects: 0,
      });
      const status = res.status();
      const location = res.headers()["location"] ?? "";
      if (method === "GET") {
        // Not a write; the database checks below still apply. Note server errors, though.
        if (status >= 500) problems.push(`GET ${route}: server error ${status}`);
        continue;
      }
      const ok =
        [400, 401, 403, 404, 405].includes(status) ||
        ([302, 303, 307].includes(status) && /\/(signin|api\/auth\/signin|api\/auth\/error)\b|[?&]csrf=true/.test(location)) ||
        PUBLIC_NON_GET.some((p) => p.test(route));
      if (!ok) problems.push(`${method} ${route}: answered ${status} ${location}`);
    }
  }

  expect(problems).toEqual([]);
  expect(changedTables(before, coupleSnapshot(db, link.coupleId))).toEqual([]);
  expect(rowsWithMarker(db)).toEqual([]);

  // Control: the same encoding with the partner's session cookie really runs the action.
  const create = found.find((x) => x.name === "createShareLinkAction")!;
  const control = await callAction(
    a.page.request,
    baseURL!,
    "/app/settings/sharing",
    create,
    { multipart: fetchActionMultipart(forgedFields(token, ids)) },
    shareUrl,
  );
  expect(control.status()).toBe(200);
  expect(rowsWithMarker(db)).toEqual(["ShareLink"]);
  expect(changedTables(before, coupleSnapshot(db, link.coupleId))).toEqual(["ShareLink", "AuditEvent"]);
  // ...and so does a button's action (its hidden field names the stage).
  // A missing action fails here rather than skipping the control.
  const mark = found.find((x) => x.name === "markStageDoneAction");
  expect(mark, "markStageDoneAction was not found in the build's action manifest").toBeDefined();
  const marked = await callAction(
    a.page.request,
    baseURL!,
    urlOf(mark!.pages[0]!, "communication"),
    mark!,
    { multipart: fetchActionMultipart({ slug: "communication" }) },
    shareUrl,
  );
  expect(marked.status()).toBe(200);
  expect(db.prepare('SELECT stageSlug FROM "StageProgress" WHERE coupleId = ?').all(link.coupleId)).toEqual([
    { stageSlug: "communication" },
  ]);
  db.close();
});
