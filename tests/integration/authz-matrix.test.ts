import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { reloadEnvForTests } from "@/lib/server/env";
import {
  ACTION_CATALOGUE,
  ROLES,
  discoverActions,
  makeFixture,
  type AnyAction,
  type Fixture,
  type Outcome,
  type Role,
} from "./action-catalogue";
import { snapshotCouple } from "./couple-snapshot";
import { form, signInAs } from "./session";

// Runs on SQLite only (the snapshot reads columns with PRAGMA table_info). Authorization lives in the
// action layer and the where clauses, the same on both databases; npm run test:postgres skips it.
const onSqlite = process.env.DATABASE_URL!.startsWith("file:");

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
// Each cell comes from its own client address, so throttles keyed on the client (password reset,
// sign-up) answer every cell afresh; a password change re-issues its session cookie.
const client = vi.hoisted(() => ({ address: "198.51.100.1" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-mend-path": "/app", "x-mend-client": client.address }),
  cookies: async () => ({ set: () => undefined }),
}));
vi.mock("next/cache", async () => (await import("./session")).nextCache);

// The authorization matrix for server actions (issue 12, point 8): every action exported from
// app/**/actions.ts × {anonymous, therapist link, revoked link, partner A, partner B, the other
// couple's partner}, against the table in action-catalogue.ts. Each cell gets a fresh fixture, so
// no cell depends on what another one did.

const previousWrites = process.env.MEND_WRITES_PER_DAY;
beforeAll(() => {
  // Hundreds of cells, one partner each: keep the daily allowance out of the way.
  process.env.MEND_WRITES_PER_DAY = "1000000";
  reloadEnvForTests();
});
afterAll(() => {
  process.env.MEND_WRITES_PER_DAY = previousWrites;
  reloadEnvForTests();
});

const discovered = await discoverActions();

/** What the action did, in the matrix's words (own-couple is told apart by the snapshot). */
async function observe(call: Promise<unknown>): Promise<Exclude<Outcome, "own-couple"> | `threw: ${string}`> {
  try {
    const result = (await call) as { ok?: unknown };
    if (result?.ok === true) return "ok";
    if (result?.ok === false) return "refused";
    return `threw: not an ActionResult: ${JSON.stringify(result)}`;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return /;\/signin\?callbackUrl=/.test(digest) ? "signin" : "redirect";
    return `threw: ${String(error)}`;
  }
}

function callerOf(fx: Fixture, role: Role) {
  return { a: fx.a, b: fx.b, otherCouple: fx.c, anonymous: null, therapist: null, revoked: null }[role];
}

/** The form as each role sends it: a link holder carries the link's token along. */
function formFor(fx: Fixture, role: Role, fields: Record<string, string | string[]>) {
  if (role === "therapist") return form({ ...fields, shareToken: fx.shareToken });
  if (role === "revoked") return form({ ...fields, shareToken: fx.revokedShareToken });
  return form(fields);
}

let cells = 0;
const OUTSIDERS: Role[] = ["anonymous", "therapist", "revoked", "otherCouple"];

async function cell(name: string, action: AnyAction, role: Role) {
  const row = ACTION_CATALOGUE[name]!;
  const fx = await makeFixture();
  client.address = `198.51.100.${++cells % 250}`;
  const before = await snapshotCouple(fx.coupleId, [fx.a, fx.b]);
  signInAs(callerOf(fx, role));
  const seen = await observe(action(null, formFor(fx, role, row.form(fx))));
  const changed = (await snapshotCouple(fx.coupleId, [fx.a, fx.b])) !== before;
  const outcome: string = seen === "ok" && row.expect[role] === "own-couple" ? "own-couple" : seen;
  return { outcome, changed };
}

describe.skipIf(!onSqlite)("the server-action authorization matrix", () => {
  it("has a row for every action, and no row for an action that is gone", () => {
    const names = discovered.map(([, name]) => name);
    expect(new Set(names).size, "export names are unique across actions files").toBe(names.length);
    const missing = discovered.filter(([, name]) => !ACTION_CATALOGUE[name]).map(([file, name]) => `${file}: ${name}`);
    expect(missing, "actions without a row in tests/integration/action-catalogue.ts").toEqual([]);
    expect(Object.keys(ACTION_CATALOGUE).filter((name) => !names.includes(name))).toEqual([]);
    expect(discovered.length).toBeGreaterThanOrEqual(30);
    console.log(`server-action matrix: ${discovered.length} actions × ${ROLES.length} roles = ${discovered.length * ROLES.length} cells`);
  });

  it("proves every form valid: some role succeeds with it (A or B for a partner's action), unless the row says why not", () => {
    const unproven = Object.entries(ACTION_CATALOGUE)
      .filter(([, row]) =>
        (row.expect.anonymous === "signin" ? [row.expect.a, row.expect.b] : Object.values(row.expect)).every((o) => o !== "ok"),
      )
      .filter(([, row]) => !row.why)
      .map(([name]) => name);
    expect(unproven).toEqual([]);
  });

  for (const [file, name, action] of discovered) {
    if (!ACTION_CATALOGUE[name]) continue;
    it(`${name} (${file})`, async () => {
      const observed: Record<string, string> = {};
      const leaks: string[] = [];
      for (const role of ROLES) {
        const { outcome, changed } = await cell(name, action, role);
        observed[role] = outcome;
        if (changed && OUTSIDERS.includes(role)) leaks.push(role);
      }
      expect(observed).toEqual(ACTION_CATALOGUE[name]!.expect);
      expect(leaks, "roles outside couple 1 that changed couple 1's rows").toEqual([]);
    }, 120_000);
  }
});
