import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { reloadEnvForTests } from "@/lib/server/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { ENTRY_KINDS, bodyFromForm, validateBody } from "@/lib/entries/kinds";
import { ACTION_CATALOGUE, discoverActions, makeFixture, type AnyAction, type Fields, type Fixture } from "./action-catalogue";
import { NOT_OWNED, snapshotCouple } from "./couple-snapshot";
import { signInAs } from "./session";
import { isValidTimeZone } from "@/lib/check-ins/dates";
import { PASSWORD } from "./factories";

// Runs on SQLite only: its write log is TEMP triggers on the single connection. What it proves (input
// handling in the action layer) does not depend on the database; npm run test:postgres skips it.
const onSqlite = process.env.DATABASE_URL!.startsWith("file:");

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/cache", async () => (await import("./session")).nextCache);
const client = vi.hoisted(() => ({ address: "203.0.113.1" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-mend-path": "/app", "x-mend-client": client.address }),
  cookies: async () => ({ set: () => undefined }),
}));

// Property-based bad input (issue 12, point 9). Every action in the catalogue, called by partner A
// with mutations of a valid form (fields dropped, repeated, replaced by huge, control, unicode,
// numeric, date-like strings and couple 2's ids; extra fields; files; no form at all), and every
// zod schema exported from lib/validation/*, with anything at all:
// - an action never throws (Next's redirect aside) and answers { ok: true, data } or
//   { ok: false, fieldErrors, formError? } with at least one message;
// - a refused call writes nothing (a TEMP trigger on every table logs each write on the single
//   SQLite connection; RateLimit is exempt: throttles and the daily allowance count attempts);
// - couple 2's rows never change through A's calls;
// - safeParse never throws.
// The seed is fixed (FUZZ_SEED overrides it) and printed with any failure.

const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const RUNS_PER_ACTION = 160;
const RUNS_PER_HEAVY_ACTION = 24;
const RUNS_PER_SCHEMA = 150;

let total = 0;
/** Answers seen, so a run that only ever hit schema errors would show. */
const tally = { ok: 0, fieldErrors: 0, formError: 0, redirect: 0 };
const previousWrites = process.env.MEND_WRITES_PER_DAY;
beforeAll(async () => {
  process.env.MEND_WRITES_PER_DAY = "1000000";
  reloadEnvForTests();
  await installWriteLog();
});
afterAll(() => {
  process.env.MEND_WRITES_PER_DAY = previousWrites;
  reloadEnvForTests();
  console.log(`fuzz: ${total} generated inputs in total (seed ${SEED}); action answers: ${JSON.stringify(tally)}`);
});

/** Exempt from "a refused call writes nothing". */
const COUNTERS = new Set<string>(Object.keys(NOT_OWNED));

async function installWriteLog() {
  await db.$executeRawUnsafe(`CREATE TEMP TABLE IF NOT EXISTS fuzz_writes (tbl TEXT NOT NULL, op TEXT NOT NULL)`);
  for (const model of Object.values(Prisma.ModelName)) {
    if (COUNTERS.has(model)) continue;
    for (const op of ["INSERT", "UPDATE", "DELETE"]) {
      await db.$executeRawUnsafe(
        `CREATE TEMP TRIGGER IF NOT EXISTS "fuzz_${model}_${op}" AFTER ${op} ON main."${model}" BEGIN INSERT INTO fuzz_writes VALUES ('${model}', '${op}'); END`,
      );
    }
  }
}
const clearWrites = () => db.$executeRawUnsafe(`DELETE FROM fuzz_writes`);
const writes = async () =>
  (await db.$queryRawUnsafe<{ tbl: string; op: string }[]>(`SELECT tbl, op FROM fuzz_writes`)).map((w) => `${w.op} ${w.tbl}`);

// ---- generators ------------------------------------------------------------------------------

const FIELD_NAMES = [...new Set(Object.values(ACTION_CATALOGUE).flatMap((row) => Object.keys(row.form(placeholderFixture()))))];

/** Enough of a fixture to read the forms' field names (values are never used). */
function placeholderFixture(): Fixture {
  return new Proxy({} as Fixture, {
    get: (_t, key) => (key === "a" || key === "b" || key === "c" || key === "d" ? { sessionId: "x", email: "x" } : "x"),
  });
}

const control = fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((n) => String.fromCharCode(n)), minLength: 1, maxLength: 12 });
const ODD = [
  "",
  " ",
  "\u0000",
  "\u202e",
  "\ud800",
  "\ufeff",
  "e\u0301",
  "👩‍❤️‍👨",
  "0",
  "-1",
  "1.5",
  "1e309",
  "NaN",
  "Infinity",
  "0x10",
  "99999999999999999999",
  "true",
  "false",
  "on",
  "null",
  "undefined",
  "[]",
  "{}",
  "__proto__",
  "2026-02-30",
  "0000-00-00",
  "9999-12-31",
  "2026-13-01",
  "1969-12-31",
  "2026-11-26T25:00:00Z",
  "../etc",
  "acknowledgment",
  "Europe/Nowhere",
  "<script>alert(1)</script>",
  '\'; DROP TABLE "Entry"; --',
  // Valid values of some field, sent to this one or another: they get past the schema and reach
  // the domain's own checks.
  ...["private", "partner", "therapist", "kept", "missed", "confirmed", "disputed", "heard", "not-yet"],
  ...["idea", "planned", "done", "hurt", "involved", "both", "unsaid", "transparency", "communication"],
  ...["once", "daily", "weekly", "as-needed", "calm", "UTC", "Pacific/Kiritimati", "1", "2", "7", "10", "11", "23", "180", "181"],
  ...["self-work", "professional-help", "new-memories", "boundaries", "goal", "homework", "activity", "letter", "reflection"],
  ...["accountability-statement", "progress", "entries", "check-ins", "2030-01-01", "2000-01-01", "1999-12-31"],
];

/** A's own targets and days around today: valid-looking values the domain has to judge. */
function ownValues(fx: Fixture) {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return [
    ...[fx.statement, fx.privateReflection, fx.homework, fx.goal, fx.activity, fx.proposed, fx.active, fx.retiring, fx.due],
    ...[fx.commitment, fx.log, fx.shareId, fx.a.sessionId, fx.b.sessionId, fx.resetToken, fx.inviteToken, fx.shareToken],
    ...[day(-2), day(-1), day(0), day(1), day(2)],
  ];
}

function valueArb(fx: Fixture) {
  return fc.oneof(
    { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
    { arbitrary: fc.constantFrom(...ODD, ...fx.otherIds), weight: 4 },
    { arbitrary: fc.constantFrom(...ownValues(fx)), weight: 2 },
    { arbitrary: control, weight: 1 },
    { arbitrary: fc.integer().map(String), weight: 1 },
    { arbitrary: fc.double().map(String), weight: 1 },
    { arbitrary: fc.integer({ min: 100, max: 120_000 }).map((n) => "é".repeat(n)), weight: 1 },
  );
}

type Mutation =
  | { op: "drop"; at: number }
  | { op: "repeat"; at: number; value: string }
  | { op: "replace"; at: number; value: string }
  | { op: "extra"; name: string; value: string }
  | { op: "file"; at: number };

function mutationArb(fx: Fixture): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const value = valueArb(fx);
  const name = fc.oneof(
    fc.constantFrom(...FIELD_NAMES, "coupleId", "userId", "authorId", "__proto__", "constructor", "$ACTION_ID_x"),
    fc.string({ maxLength: 12 }),
  );
  return fc.oneof(
    fc.record({ op: fc.constant("drop" as const), at }),
    fc.record({ op: fc.constant("repeat" as const), at, value }),
    { arbitrary: fc.record({ op: fc.constant("replace" as const), at, value }), weight: 4 },
    fc.record({ op: fc.constant("extra" as const), name, value }),
    fc.record({ op: fc.constant("file" as const), at }),
  );
}

type Input = { kind: "form"; mutations: Mutation[] } | { kind: "raw"; value: unknown };

function inputArb(fx: Fixture): fc.Arbitrary<Input> {
  return fc.oneof(
    {
      arbitrary: fc.record({ kind: fc.constant("form" as const), mutations: fc.array(mutationArb(fx), { minLength: 1, maxLength: 4 }) }),
      weight: 19,
    },
    { arbitrary: fc.record({ kind: fc.constant("raw" as const), value: fc.anything() }), weight: 1 },
  );
}

/** The valid form with the mutations applied, as the browser would send it. */
function build(fields: Record<string, string | string[]>, mutations: Mutation[]): FormData {
  const pairs: [string, string | Blob][] = Object.entries(fields).flatMap(([k, v]) => [v].flat().map((x) => [k, x] as [string, string]));
  for (const m of mutations) {
    const i = pairs.length ? ("at" in m ? m.at % pairs.length : 0) : -1;
    if (m.op === "extra") pairs.push([m.name, m.value]);
    else if (i < 0) continue;
    else if (m.op === "drop") pairs.splice(i, 1);
    else if (m.op === "repeat") pairs.push([pairs[i]![0], m.value]);
    else if (m.op === "replace") pairs[i] = [pairs[i]![0], m.value];
    else pairs[i] = [pairs[i]![0], new File(["%PDF"], "x.pdf", { type: "application/pdf" })];
  }
  const data = new FormData();
  for (const [k, v] of pairs) data.append(k, v);
  return data;
}

// ---- invariants ------------------------------------------------------------------------------

const message = z.string().min(1);
const answer = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }).strict(),
  z
    .object({ ok: z.literal(false), fieldErrors: z.record(z.string(), z.array(message).min(1).optional()), formError: message.optional() })
    .strict()
    .refine((r) => r.formError || Object.values(r.fieldErrors).some((m) => m?.length), "a refusal says why"),
]);

async function callOnce(name: string, action: AnyAction, fx: Fixture, input: Input) {
  total++;
  await clearWrites();
  const sent = input.kind === "form" ? build(ACTION_CATALOGUE[name]!.form(fx), input.mutations) : input.value;
  let result: unknown;
  try {
    result = await action(null, sent);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    // Next's own control flow (a redirect after success, a 404) is an answer, not a crash.
    if (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return void tally.redirect++;
    throw new Error(`${name} threw ${String(error)}`, { cause: error });
  }
  const parsed = answer.safeParse(result);
  if (!parsed.success) throw new Error(`${name} answered ${JSON.stringify(result)?.slice(0, 400)}: ${parsed.error.message}`);
  if (parsed.data.ok) tally.ok++;
  else tally[parsed.data.formError ? "formError" : "fieldErrors"]++;
  if (parsed.data.ok === false) {
    const written = await writes();
    if (written.length) throw new Error(`${name} refused (${JSON.stringify(result)}) yet wrote: ${written.join(", ")}`);
  }
}

const discovered = await discoverActions();

describe.skipIf(!onSqlite)("the write log", () => {
  it("sees a write on the connection, and a rolled-back one not at all", async () => {
    const fx = await makeFixture();
    await clearWrites();
    await db.entry.updateMany({ where: { id: fx.statement, coupleId: fx.coupleId }, data: { updatedAt: new Date() } });
    expect(await writes()).toEqual(["UPDATE Entry"]);
    await clearWrites();
    await db
      .$transaction(async (tx) => {
        await tx.auditEvent.deleteMany({ where: { coupleId: fx.coupleId } });
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect(await writes()).toEqual([]);
    expect(await db.auditEvent.count({ where: { coupleId: fx.coupleId } })).toBeGreaterThan(0);
  });
});

describe.skipIf(!onSqlite)("bad input to every server action, as partner A", () => {
  for (const [, name, action] of discovered) {
    const row = ACTION_CATALOGUE[name];
    if (!row) continue; // authz-matrix.test.ts fails on an action without a row.
    it(`${name} never throws, answers clearly, and writes nothing when it refuses`, async () => {
      const fx = await makeFixture();
      signInAs(fx.a);
      let n = 0;
      const theirsBefore = await snapshotCouple(fx.otherCoupleId, [fx.c]);
      await fc.assert(
        fc.asyncProperty(inputArb(fx), async (input) => {
          // Client-keyed throttles (sign-up, reset) answer each call afresh; A's own stay A's.
          client.address = `203.0.113.${++n % 250}`;
          await callOnce(name, action, fx, input);
        }),
        { seed: SEED, numRuns: row.heavy ? RUNS_PER_HEAVY_ACTION : RUNS_PER_ACTION, endOnFailure: true },
      );
      expect(await snapshotCouple(fx.otherCoupleId, [fx.c]), "couple 2's rows changed through A's calls").toBe(theirsBefore);
    }, 120_000);
  }
});

// ---- values that are never valid (issue 21, point 5) ------------------------------------------
// The fuzz above proves a refusal writes nothing; these prove the refusal happens. Each field of each
// catalogue form (and of a few extra forms that carry optional dates) gets a value no person means:
// a NUL or another C0 control character inside it, an impossible calendar day where a day goes, an
// unknown time zone where a zone goes, and another spelling of the number (hex, exponent, sign,
// spaces, Infinity) where a whole number goes. Each is refused, the date, zone and number ones with
// a message on that very field, and couple 1's rows stay exactly as they were.

/** Forms beyond the catalogue's, so optional date fields are filled in and poisoned too. */
const EXTRA_FORMS: [string, (fx: Fixture) => Fields][] = [
  [
    "proposeAgreementAction",
    () => ({ ...ACTION_CATALOGUE.proposeAgreementAction!.form(placeholderFixture()), reviewAt: "2030-03-01", endsAt: "2031-01-31" }),
  ],
  ["amendAgreementAction", (fx) => ({ ...ACTION_CATALOGUE.amendAgreementAction!.form(fx), reviewAt: "2030-03-01", endsAt: "2031-01-31" })],
  [
    "createEntryAction",
    () => ({
      kind: "activity",
      stageSlug: "new-memories",
      exerciseKey: "",
      visibility: "partner",
      title: "A walk",
      plannedFor: "2030-01-31",
    }),
  ],
  [
    "createEntryAction",
    () => ({ kind: "memory", stageSlug: "new-memories", exerciseKey: "", visibility: "partner", title: "The lake", date: "2026-01-31" }),
  ],
];

type Poisoned = { field: string; kind: "control" | "date" | "zone" | "number"; fields: Fields };

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
/** Days that are on no calendar: the 29th–31st past a month's end, month 00 or 13+, day 00. */
const impossibleDay = fc.oneof(
  fc
    .record({ y: fc.integer({ min: 2000, max: 2199 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 29, max: 31 }) })
    .filter(({ y, m, d }) => d > daysIn(y, m))
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`),
  fc
    .record({ y: fc.integer({ min: 2000, max: 2199 }), m: fc.constantFrom(0, 13, 19, 99), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`),
  fc.record({ y: fc.integer({ min: 2000, max: 2199 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${pad(m)}-00`),
);
const unknownZone = fc
  .oneof(
    fc.constantFrom("Europe/Nowhere", "Mars/Olympus_Mons", "UTC+25", "GMT+99", "America/Gotham", "Etc/GMT+15", "x".repeat(65)),
    fc.tuple(fc.constantFrom("Europe", "America", "Asia", "Atlantis"), fc.stringMatching(/^[A-Z][a-z]{3,9}$/)).map(([r, c]) => `${r}/${c}`),
  )
  .filter((zone) => !isValidTimeZone(zone));
/** The same whole number written in a way only a programming language reads as that number. */
const otherSpelling = (n: number) =>
  fc.constantFrom(
    `0x${n.toString(16)}`,
    `0b${n.toString(2)}`,
    `0o${n.toString(8)}`,
    `${n}e0`,
    `${n}.0`,
    `+${n}`,
    ` ${n}`,
    `${n} `,
    `${n}\n`,
    "Infinity",
  );
/** C0 controls (and DEL), except tab, line feed and carriage return, which are ordinary writing. */
const controlChar = fc
  .integer({ min: 0, max: 32 })
  .map((n) => (n === 32 ? "\u007f" : String.fromCharCode(n)))
  .filter((c) => !"\t\n\r".includes(c));

/** Fields never stored as typed: passwords are only compared or hashed; an email and the word "delete" are trimmed first. */
const NOT_STORED_AS_TYPED = /password|^email$|^confirm$/i;

function poisonArb(fields: Fields): fc.Arbitrary<Poisoned> | null {
  const options: fc.Arbitrary<Poisoned>[] = [];
  const set = (field: string, kind: Poisoned["kind"], value: string): Poisoned => {
    const old = fields[field]!;
    return { field, kind, fields: { ...fields, [field]: Array.isArray(old) ? [value, ...old.slice(1)] : value } };
  };
  for (const [field, raw] of Object.entries(fields)) {
    const value = [raw].flat()[0] ?? "";
    if (!NOT_STORED_AS_TYPED.test(field))
      options.push(
        fc
          .tuple(controlChar, fc.nat())
          .map(([c, at]) => set(field, "control", value.slice(0, at % (value.length + 1)) + c + value.slice(at % (value.length + 1)))),
      );
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) options.push(impossibleDay.map((day) => set(field, "date", day)));
    else if (field === "timeZone") options.push(unknownZone.map((zone) => set(field, "zone", zone)));
    else if (/^\d+$/.test(value)) options.push(otherSpelling(Number(value)).map((spelled) => set(field, "number", spelled)));
  }
  return options.length ? fc.oneof(...options) : null;
}

describe.skipIf(!onSqlite)("values that are never valid are refused, on their field, and write nothing", () => {
  const forms: [string, (fx: Fixture) => Fields][] = [
    ...Object.entries(ACTION_CATALOGUE).map(([name, row]) => [name, row.form] as [string, (fx: Fixture) => Fields]),
    ...EXTRA_FORMS,
  ];
  const actions = new Map(discovered.map(([, name, action]) => [name, action]));
  for (const [i, [name, form]] of forms.entries()) {
    const action = actions.get(name);
    if (!action) continue;
    it(`${name}${i >= Object.keys(ACTION_CATALOGUE).length ? ` (${Object.keys(form(placeholderFixture())).join(", ")})` : ""}`, async () => {
      const fx = await makeFixture();
      signInAs(fx.a);
      const arb = poisonArb(form(fx));
      if (!arb) return;
      const people = [fx.a, fx.b];
      let n = 0;
      await fc.assert(
        fc.asyncProperty(arb, async (poisoned) => {
          client.address = `198.51.100.${++n % 250}`;
          total++;
          const before = await snapshotCouple(fx.coupleId, people);
          await clearWrites();
          const data = new FormData();
          for (const [k, v] of Object.entries(poisoned.fields)) for (const x of [v].flat()) data.append(k, x);
          let result: unknown;
          try {
            result = await action(null, data);
          } catch (error) {
            const digest = (error as { digest?: string }).digest ?? "";
            if (digest.startsWith("NEXT_REDIRECT")) throw new Error(`${name} accepted ${JSON.stringify(poisoned.fields)} (it redirected)`);
            throw error;
          }
          const parsed = answer.safeParse(result);
          if (!parsed.success || parsed.data.ok)
            throw new Error(
              `${name} accepted ${poisoned.kind} in ${poisoned.field}: ${JSON.stringify(poisoned.fields)} → ${JSON.stringify(result)}`,
            );
          if (poisoned.kind !== "control" && !parsed.data.fieldErrors[poisoned.field]?.length)
            throw new Error(
              `${name}: ${poisoned.kind} in ${poisoned.field} refused without a message on that field: ${JSON.stringify(result)}`,
            );
          const written = await writes();
          if (written.length) throw new Error(`${name} refused ${JSON.stringify(poisoned.fields)} yet wrote: ${written.join(", ")}`);
          expect(await snapshotCouple(fx.coupleId, people), `${name}: couple 1 changed`).toBe(before);
        }),
        { seed: SEED, numRuns: ACTION_CATALOGUE[name]?.heavy ? 4 : 20, endOnFailure: true },
      );
    }, 120_000);
  }
});

describe.skipIf(!onSqlite)("a therapist link asked for with the password (last entered over 10 minutes ago)", () => {
  it("checks the password, and a refusal writes nothing but the sign-in throttle", async () => {
    const fx = await makeFixture();
    signInAs(fx.a);
    const { createShareLinkAction } = await import("@/app/(app)/app/settings/sharing/actions");
    const stale = () =>
      db.userSession.updateMany({
        where: { id: fx.a.sessionId, userId: fx.a.userId },
        data: { verifiedAt: new Date(Date.now() - 3_600_000) },
      });
    const base = { ...ACTION_CATALOGUE.createShareLinkAction!.form(fx), password: PASSWORD };
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb(fx), { maxLength: 3 }), async (mutations) => {
        client.address = `192.0.2.${++n % 250}`;
        await stale();
        total++;
        await clearWrites();
        const result = await createShareLinkAction(null, build(base, mutations));
        const parsed = answer.safeParse(result);
        if (!parsed.success) throw new Error(`answered ${JSON.stringify(result)}`);
        if (!parsed.data.ok && (await writes()).length)
          throw new Error(`refused (${JSON.stringify(result)}) yet wrote: ${(await writes()).join(", ")}`);
      }),
      { seed: SEED, numRuns: RUNS_PER_HEAVY_ACTION, endOnFailure: true },
    );
  }, 120_000);
});

// ---- schemas -----------------------------------------------------------------------------------

const VALIDATION_DIR = path.resolve(import.meta.dirname, "../../lib/validation");
const schemas: [string, z.ZodType][] = [];
for (const file of fs.readdirSync(VALIDATION_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
  const exported = (await import(/* @vite-ignore */ path.join(VALIDATION_DIR, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exported)) if (value instanceof z.ZodType) schemas.push([`${file}: ${name}`, value]);
}

/** Objects with the schema's own field names (when it has a shape) and the forms' names. */
function schemaInput(schema: z.ZodType) {
  const shape =
    (schema as { shape?: Record<string, unknown> }).shape ??
    (schema as { def?: { in?: { shape?: Record<string, unknown> } } }).def?.in?.shape;
  const keys = [...new Set([...Object.keys(shape ?? {}), ...FIELD_NAMES])];
  const value = fc.oneof(
    fc.anything(),
    fc.constantFrom(...ODD),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.array(fc.constantFrom(...ODD), { maxLength: 6 }),
    fc.integer({ min: 100, max: 50_000 }).map((n) => "x".repeat(n)),
  );
  return fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length }));
}

describe.skipIf(!onSqlite)("every zod schema in lib/validation", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThanOrEqual(20);
  });
  for (const [name, schema] of schemas) {
    it(`${name}: safeParse never throws`, () => {
      fc.assert(
        fc.property(schemaInput(schema), (input) => {
          total++;
          const parsed = schema.safeParse(input);
          expect(typeof parsed.success).toBe("boolean");
        }),
        { seed: SEED, numRuns: RUNS_PER_SCHEMA },
      );
    });
  }

  it("entry bodies: every kind's form mapping and schema take anything without throwing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ENTRY_KINDS),
        fc.array(
          fc.tuple(
            fc.constantFrom("title", "text", "steps", "status", "plannedFor", "answer-0", "answer-1", "note", "x"),
            fc.string({ unit: "binary", maxLength: 30 }),
          ),
        ),
        fc.anything(),
        (kind, pairs, previous) => {
          total++;
          const data = new FormData();
          for (const [k, v] of pairs) data.append(k, v);
          const result = validateBody(kind, bodyFromForm(kind, data, previous));
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});
