import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "@playwright/test";
import {
  PASSWORD,
  copyInviteLink,
  createWorkspace,
  expectNoAxeViolations,
  setUpCouple,
  shot,
  signUp,
  tickShareSections,
  writeEntry,
} from "./helpers";

// The authorization matrix for pages and route handlers (issue 12, point 8), against the real
// production server: every page.tsx and route.ts under app/ × {anonymous, partner A, partner B,
// the other couple's partner C, a therapist holding a live share link, someone holding a revoked
// one}. Partners sign in through next-auth itself (/api/auth/csrf, then the credentials callback);
// link holders have no session. Status codes and redirect targets are checked without following
// redirects; a 200 must not show couple 1's marker text to anyone outside couple 1, and must show it
// to A and B where the table says so (so its absence elsewhere means something). An entry point
// without a row fails the test, naming it.

const ROOT = path.resolve(__dirname, "..", "..");
const MARKER = `marker-${crypto.randomBytes(4).toString("hex")}`;
/** On A's private entry: A alone may ever see it. */
const PRIVATE = `private-${crypto.randomBytes(4).toString("hex")}`;
const ROLES = ["anonymous", "a", "b", "otherCouple", "therapist", "revoked"] as const;
type Role = (typeof ROLES)[number];

type Fixture = { agreementId: string; shareToken: string; revokedToken: string; inviteToken: string };

/**
 * What a role gets: a status, `signin` (a redirect to /signin?callbackUrl=<this path>), `→/path`
 * (a redirect there), or `200+marker` (200, and couple 1's marker is on the page).
 */
type Outcome = "200" | "200+marker" | "404" | "signin" | `→${string}`;

type Row = {
  /** The URL to request; dynamic segments are filled from the fixture (per role where it matters). */
  url: (fx: Fixture, role: Role) => string;
  expect: Record<Role, Outcome>;
};

const signedOut = { anonymous: "signin", therapist: "signin", revoked: "signin" } as const;
/** A page of the signed-in app: partners of either couple see their own workspace. */
const appPage = (a: Outcome = "200", b: Outcome = a) => ({ ...signedOut, a, b, otherCouple: "200" }) as Record<Role, Outcome>;
/** A page anyone may open. */
const open = (signedIn: Outcome) =>
  ({ anonymous: "200", therapist: "200", revoked: "200", a: signedIn, b: signedIn, otherCouple: signedIn }) as Record<Role, Outcome>;
/** A made-up token of the right shape. */
const NO_SUCH_TOKEN = "Q".repeat(43);

/** Keyed by the file's path under app/. */
const PAGES_AND_ROUTES: Record<string, Row> = {
  "(marketing)/page.tsx": { url: () => "/", expect: open("200") },
  // Someone signed in is sent on to the app.
  "(auth)/signin/page.tsx": { url: () => "/signin", expect: open("→/app") },
  "(auth)/signup/page.tsx": { url: () => "/signup", expect: open("→/app") },
  // A confirmation link (decision 007): says only whether the link is usable; a GET never creates anything.
  "(auth)/signup/confirm/[token]/page.tsx": { url: () => `/signup/confirm/${NO_SUCH_TOKEN}`, expect: open("200") },
  "(auth)/forgot-password/page.tsx": { url: () => "/forgot-password", expect: open("200") },
  "(auth)/invite/[token]/page.tsx": { url: (fx) => `/invite/${fx.inviteToken}`, expect: open("200") },
  "(auth)/reset-password/[token]/page.tsx": { url: () => `/reset-password/${NO_SUCH_TOKEN}`, expect: open("200") },
  // B's dashboard asks for an answer to A's proposal, by its title.
  "(app)/app/page.tsx": { url: () => "/app", expect: appPage("200", "200+marker") },
  "(app)/app/agreements/(list)/page.tsx": { url: () => "/app/agreements", expect: appPage("200+marker") },
  "(app)/app/agreements/[id]/page.tsx": {
    url: (fx) => `/app/agreements/${fx.agreementId}`,
    expect: { ...signedOut, a: "200+marker", b: "200+marker", otherCouple: "404" },
  },
  "(app)/app/agreements/print/page.tsx": { url: () => "/app/agreements/print", expect: appPage() },
  "(app)/app/check-in/page.tsx": { url: () => "/app/check-in", expect: appPage() },
  // The dev outbox exists under `npm run dev` only: this production build has none.
  "(app)/app/outbox/page.tsx": { url: () => "/app/outbox", expect: { ...signedOut, a: "404", b: "404", otherCouple: "404" } },
  "(app)/app/settings/page.tsx": { url: () => "/app/settings", expect: appPage() },
  "(app)/app/settings/password/page.tsx": { url: () => "/app/settings/password", expect: appPage() },
  "(app)/app/settings/sharing/page.tsx": { url: () => "/app/settings/sharing", expect: appPage() },
  "(app)/app/settings/intake/page.tsx": { url: () => "/app/settings/intake", expect: appPage() },
  "(app)/app/stages/[slug]/page.tsx": { url: () => "/app/stages/acknowledgment", expect: appPage("200+marker") },
  "(app)/app/timeline/page.tsx": { url: () => "/app/timeline", expect: appPage() },
  "(app)/app/talks/(list)/page.tsx": { url: () => "/app/talks", expect: appPage() },
  // Another couple's talk id answers like a made-up one (the integration matrix covers the actions on it).
  "(app)/app/talks/[id]/page.tsx": {
    url: () => `/app/talks/${NO_SUCH_TOKEN}`,
    expect: { ...signedOut, a: "404", b: "404", otherCouple: "404" },
  },
  "(app)/app/questions/page.tsx": { url: () => "/app/questions", expect: appPage() },
  "(app)/app/triggers/page.tsx": { url: () => "/app/triggers", expect: appPage() },
  "(app)/app/not-sure/page.tsx": { url: () => "/app/not-sure", expect: appPage() },
  "(app)/app/maintenance/page.tsx": { url: () => "/app/maintenance", expect: appPage() },
  "(app)/app/decision/page.tsx": { url: () => "/app/decision", expect: appPage() },
  "(app)/app/references/page.tsx": { url: () => "/app/references", expect: appPage() },
  "(app)/app/safety/page.tsx": { url: () => "/app/safety", expect: appPage() },
  // Each partner's own setting up (fixture partners have finished it, or never had it).
  "(app)/app/start/page.tsx": { url: () => "/app/start", expect: appPage() },
  "(app)/app/safety/resources/page.tsx": { url: () => "/app/safety/resources", expect: appPage() },
  "(app)/app/settings/data/page.tsx": { url: () => "/app/settings/data", expect: appPage() },
  // Everything the person may see (they signed in moments ago, so the password is recent): A's and
  // B's exports carry the shared statement; C's is C's own.
  "(app)/app/settings/data/print/page.tsx": { url: () => "/app/settings/data/print", expect: appPage("200+marker") },
  "(app)/app/settings/data/export/route.ts": { url: () => "/app/settings/data/export", expect: appPage("200+marker") },
  "(app)/app/welcome/page.tsx": { url: () => "/app/welcome", expect: { ...signedOut, a: "→/app", b: "→/app", otherCouple: "→/app" } },
  "share/[token]/page.tsx": {
    // Only the holder of a live link has one; everyone else tries the revoked link or a made-up one.
    url: (fx, role) => `/share/${role === "therapist" ? fx.shareToken : role === "anonymous" ? NO_SUCH_TOKEN : fx.revokedToken}`,
    expect: { anonymous: "404", a: "404", b: "404", otherCouple: "404", therapist: "200", revoked: "404" },
  },
  "api/health/route.ts": { url: () => "/api/health", expect: open("200") },
  "api/auth/[...nextauth]/route.ts": { url: () => "/api/auth/session", expect: open("200") },
  // A GET only shows a one-button page, whatever the token (mail scanners open links); the POST
  // with an unknown token is a 404, below.
  "unsubscribe/[token]/route.ts": { url: () => `/unsubscribe/${NO_SUCH_TOKEN}`, expect: open("200") },
};

/** Every page.tsx and route.ts under app/, relative to app/. */
function entryPoints(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page|route)\.tsx?$/.test(entry.name)) found.push(path.relative(path.join(ROOT, "app"), full));
    }
  };
  walk(path.join(ROOT, "app"));
  return found.sort();
}

/** Signs in through next-auth's own endpoints; the context keeps the session cookie. */
async function signInByRequest(baseURL: string, email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: PASSWORD, callbackUrl: `${baseURL}/app`, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302], `sign-in of ${email}: ${res.status()}`).toContain(res.status());
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email, `session after signing in ${email}`).toBe(email);
  return context;
}

async function createLink(page: Page, therapistName: string) {
  await page.goto("/app/settings/sharing");
  await page.getByLabel("Therapist's name").fill(therapistName);
  await tickShareSections(page);
  await page.getByRole("button", { name: "Create link" }).click();
  const field = page.getByRole("textbox", { name: `Link for ${therapistName}` });
  await expect(field).toHaveValue(/\/share\/[A-Za-z0-9_-]{43}$/);
  return (await field.inputValue()).split("/share/")[1]!;
}

test("every page and route handler answers each role as the table says", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);

  // Every entry point has a row, and every row an entry point.
  const found = entryPoints();
  expect(
    found.filter((f) => !PAGES_AND_ROUTES[f]),
    "pages/routes without a row in tests/e2e/authz-matrix.spec.ts",
  ).toEqual([]);
  expect(Object.keys(PAGES_AND_ROUTES).filter((f) => !found.includes(f))).toEqual([]);

  // Couple 1: A writes a statement for B and proposes an agreement, both carrying the marker; a
  // live link (progress, entries, agreements) and a revoked one. Couple 2: C alone, with an invite.
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);
  await writeEntry(a.page, {
    stage: "acknowledgment",
    exercise: "Write your accountability statement",
    answers: [`I lied. ${MARKER}`],
    visibility: "Me and my partner",
  });
  await writeEntry(a.page, {
    stage: "acknowledgment",
    exercise: "Write your accountability statement",
    answers: [`Only mine. ${PRIVATE}`],
    visibility: "Only me",
  });
  await a.page.goto("/app/agreements");
  const form = a.page.getByTestId("agreement-form");
  await form.getByLabel("Title").fill(`Phones at dinner ${MARKER}`);
  await form.getByLabel("The agreement").fill("We leave our phones in the hall during dinner.");
  await form.getByRole("button", { name: "Propose" }).click();
  const link = a.page.getByRole("link", { name: `Phones at dinner ${MARKER}` });
  await expect(link).toBeVisible();
  const agreementId = (await link.getAttribute("href"))!.split("/").pop()!;
  const shareToken = await createLink(a.page, "Dr. Rivera");
  const revokedToken = await createLink(a.page, "Dr. Gone");
  const card = a.page.getByTestId("share-link").filter({ hasText: "Dr. Gone" });
  await card.getByRole("button", { name: "Switch off the link for Dr. Gone" }).click();
  await card.getByRole("button", { name: "Yes, switch it off" }).click();
  await expect(card).toContainText("Switched off");

  const cContext = await browser.newContext();
  const cPage = await cContext.newPage();
  const c = await signUp(cPage, "Cory");
  await createWorkspace(cPage, "Cory's workspace");
  const inviteToken = (await copyInviteLink(cPage)).split("/invite/")[1]!;
  const fx: Fixture = { agreementId, shareToken, revokedToken, inviteToken };

  const visitor = () => playwrightRequest.newContext({ baseURL });
  const contexts: Record<Role, APIRequestContext> = {
    anonymous: await visitor(),
    a: await signInByRequest(baseURL!, a.email),
    b: await signInByRequest(baseURL!, b.email),
    otherCouple: await signInByRequest(baseURL!, c.email),
    therapist: await visitor(),
    revoked: await visitor(),
  };
  // A link holder arrives from the link: it is in the Referer, whatever good that does them.
  const referer: Partial<Record<Role, string>> = {
    therapist: `${baseURL}/share/${shareToken}`,
    revoked: `${baseURL}/share/${revokedToken}`,
  };

  const problems: string[] = [];
  let cells = 0;
  for (const file of found) {
    const row = PAGES_AND_ROUTES[file]!;
    for (const role of ROLES) {
      cells++;
      const url = row.url(fx, role);
      const res = await contexts[role].get(url, { maxRedirects: 0, headers: referer[role] ? { Referer: referer[role] } : {} });
      const status = res.status();
      const location = res.headers()["location"] ?? "";
      const body = status === 200 ? await res.text() : "";
      const target = location ? new URL(location, baseURL).pathname + new URL(location, baseURL).search : "";
      const seen: Outcome | string =
        status >= 300 && status < 400
          ? target === `/signin?callbackUrl=${encodeURIComponent(new URL(url, baseURL).pathname)}`
            ? "signin"
            : `→${target}`
          : status === 200 && body.includes(MARKER)
            ? "200+marker"
            : String(status);
      const expected = row.expect[role];
      if (seen !== expected)
        problems.push(
          `${file} as ${role} (GET ${url}): expected ${expected}, got ${seen}${status >= 300 && status < 400 ? ` (${status})` : ""}`,
        );
      const insider = role === "a" || role === "b";
      if (!insider && body.includes(MARKER)) problems.push(`${file} as ${role}: couple 1's marker is on the page`);
      if (role !== "a" && body.includes(PRIVATE)) problems.push(`${file} as ${role}: A's private entry is on the page`);
      if (role === "a" && url === "/app/stages/acknowledgment" && !body.includes(PRIVATE))
        problems.push(`A's private entry is missing on ${url}`);
    }
  }

  // Writes to a share link are refused before they reach any code: 405, whoever sends them. An
  // unsubscribe token that doesn't exist switches nothing off: 404.
  for (const role of ROLES) {
    cells++;
    const unsubscribe = await contexts[role].post(`/unsubscribe/${NO_SUCH_TOKEN}`, { headers: { Origin: baseURL! }, maxRedirects: 0 });
    if (unsubscribe.status() !== 404) problems.push(`POST /unsubscribe/<unknown> as ${role}: ${unsubscribe.status()}`);
    for (const token of [shareToken, revokedToken, NO_SUCH_TOKEN, "x"]) {
      cells++;
      const res = await contexts[role].post(`/share/${token}`, { form: { x: "1" }, maxRedirects: 0 });
      if (res.status() !== 405)
        problems.push(
          `POST /share/${token === shareToken ? "<live>" : token === revokedToken ? "<revoked>" : token} as ${role}: ${res.status()}`,
        );
    }
  }

  console.log(
    `page/route matrix: ${found.length} entry points × ${ROLES.length} roles = ${found.length * ROLES.length} cells (+ ${cells - found.length * ROLES.length} POSTs to /share/* and /unsubscribe/*)`,
  );
  expect(problems).toEqual([]);

  // What the other couple's partner sees at A's agreement, on a phone: a plain "not found".
  await cPage.setViewportSize({ width: 375, height: 740 });
  const answer = await cPage.goto(`/app/agreements/${agreementId}`);
  expect(answer?.status()).toBe(404);
  await expect(cPage.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await expect(cPage.getByText(MARKER)).toHaveCount(0);
  await expectNoAxeViolations(cPage);
  await shot(cPage, "agreement-of-another-couple-375.png", { fullPage: true });

  for (const context of Object.values(contexts)) await context.dispose();
  await Promise.all([a.context.close(), b.context.close(), cContext.close()]);
});
