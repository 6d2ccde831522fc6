import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { SEALED_FIELDS } from "@/lib/crypto/sealed-fields.mjs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SEALED_PREFIX, SealedValueError, keyring, newKey, seal, sealedPlace } from "@/lib/crypto/seal.mjs";
import { UNOPENABLE_TEXT } from "@/lib/crypto/unopenable";
import { EntryBodyView } from "@/components/entries/kinds";
import { listStageEntries } from "@/lib/server/entries/read";
import { updateEntry } from "@/lib/server/entries/write";
import { safetyCheckStatus } from "@/lib/server/safety/read";
import { backup } from "@/lib/cli/backup.mjs";
import { sqlitePath } from "@/lib/local-state.mjs";
import { PG_ADMIN_URL, TMP_DIR } from "../setup/paths";
import { db, makeCouple } from "./factories";
import { testKeyring } from "./sealed-values";

// Issue 24: what people write is sealed before it reaches the database. A marker written into every
// sealed column, by the same client every module uses, must appear in no byte of the database's
// files, of a backup, or of a plain-text pg_dump; read back through the client it is whole again.
const onPostgres = Boolean(PG_ADMIN_URL);

afterEach(() => {
  vi.restoreAllMocks();
});

/** Writes the marker into every sealed column of every sealed model, one row each, for one couple. */
async function writeEverywhere(marker: string) {
  const { coupleId, a, b } = await makeCouple();
  const words = (column: string) => `${marker} ${column}`;
  const entry = await db.entry.create({
    data: {
      coupleId,
      authorId: a.userId,
      stageSlug: "acknowledgment",
      kind: "reflection",
      visibility: "partner",
      body: JSON.stringify({ text: words("body") }),
    },
  });
  await db.entryResponse.create({
    data: { coupleId, entryId: entry.id, authorId: b.userId, verdict: "heard", questions: words("questions") },
  });
  await db.checkIn.create({
    data: {
      coupleId,
      authorId: a.userId,
      localDate: "2026-12-01",
      timeZone: "UTC",
      trust: 5,
      closeness: 5,
      mood: "calm",
      note: words("note"),
    },
  });
  const agreement = await db.agreement.create({ data: { coupleId, status: "proposed" } });
  await db.agreementVersion.create({
    data: {
      coupleId,
      agreementId: agreement.id,
      number: 1,
      kind: "proposal",
      title: words("title"),
      text: words("text"),
      category: "other",
      scope: words("scope"),
      proposedBy: a.userId,
    },
  });
  await db.agreementDecision.create({
    data: { coupleId, agreementId: agreement.id, versionNumber: 1, action: "declined", reason: words("reason"), actorId: b.userId },
  });
  const commitment = await db.commitment.create({
    data: { coupleId, ownerId: a.userId, what: words("what"), cadence: "daily", timeZone: "UTC" },
  });
  const log = await db.commitmentLog.create({
    data: { coupleId, commitmentId: commitment.id, authorId: a.userId, localDate: "2026-12-01", outcome: "kept", note: words("note") },
  });
  await db.commitmentReview.create({ data: { coupleId, logId: log.id, reviewerId: b.userId, verdict: "disputed", note: words("note") } });
  await db.safetyCheck.create({
    data: { coupleId, userId: a.userId, answers: JSON.stringify({ fear: words("answers") }), flagged: false },
  });
  // Nested create: the answer is named and sealed to its own row too.
  await db.question.create({
    data: {
      coupleId,
      askerId: b.userId,
      text: words("text"),
      answers: { create: { coupleId, authorId: a.userId, number: 1, text: words("text") } },
    },
  });
  const trigger = await db.triggerEvent.create({
    data: {
      coupleId,
      authorId: b.userId,
      what: words("what"),
      intensity: 3,
      note: words("note"),
      localDate: "2026-12-01",
      timeZone: "UTC",
    },
  });
  await db.triggerReply.create({ data: { coupleId, triggerId: trigger.id, authorId: a.userId, text: words("text") } });
  // Upsert by a compound key: the update branch is sealed to the row that exists.
  for (const round of [1, 2]) {
    await db.triggerPlan.upsert({
      where: { coupleId_authorId: { coupleId, authorId: b.userId } },
      create: { coupleId, authorId: b.userId, helpsMe: words("helpsMe"), iWill: words("iWill") },
      update: { helpsMe: `${words("helpsMe")} ${round}`, iWill: `${words("iWill")} ${round}` },
    });
  }
  const talk = await db.talk.create({
    data: { coupleId, proposedBy: a.userId, topic: words("topic"), startsAt: new Date(), minutes: 30, timeZone: "UTC", status: "done" },
  });
  await db.talkNote.create({ data: { coupleId, talkId: talk.id, authorId: a.userId, text: words("text") } });
  await db.talkFollowUp.create({ data: { coupleId, talkId: talk.id, authorId: b.userId, text: words("text") } });
  await db.intakeAnswer.create({
    data: { coupleId, authorId: a.userId, question: "what-happened", value: words("value"), visibility: "therapist" },
  });
  // An update of many rows at once (no single id): each row is sealed to itself.
  await db.checkIn.updateMany({ where: { coupleId }, data: { note: words("note") } });
  return { coupleId, entryId: entry.id, words, a };
}

const delegateOf = (model: string) =>
  (db as unknown as Record<string, { findMany(args: unknown): Promise<Record<string, unknown>[]> }>)[
    model.charAt(0).toLowerCase() + model.slice(1)
  ]!;

/** Every sealed column's stored text for a couple, read past the client (raw SQL). */
async function storedValues(coupleId: string) {
  const values: { model: string; column: string; stored: string }[] = [];
  for (const [model, columns] of Object.entries(SEALED_FIELDS)) {
    const rows = await db.$queryRaw<Record<string, string>[]>(
      Prisma.sql`SELECT ${Prisma.raw(columns.map((c) => `"${c}"`).join(", "))} FROM ${Prisma.raw(`"${model}"`)} WHERE "coupleId" = ${coupleId}`,
    );
    for (const row of rows) for (const column of columns) values.push({ model, column, stored: row[column]! });
  }
  return values;
}

function filesContaining(files: string[], marker: string) {
  const needle = Buffer.from(marker, "utf8");
  return files.filter((file) => fs.existsSync(file) && fs.readFileSync(file).includes(needle));
}

describe("sealed at rest", () => {
  it("every sealed column is stored sealed, and reads back whole through the client", async () => {
    const marker = `mark-${crypto.randomBytes(6).toString("hex")}`;
    const { coupleId, words } = await writeEverywhere(marker);
    const stored = await storedValues(coupleId);
    // One row (at least) per sealed column, every one sealed, none holding the marker.
    const covered = new Set(stored.map((v) => `${v.model}.${v.column}`));
    expect([...covered].sort()).toEqual(
      Object.entries(SEALED_FIELDS)
        .flatMap(([m, cs]) => cs.map((c) => `${m}.${c}`))
        .sort(),
    );
    for (const value of stored) {
      expect(value.stored.startsWith(SEALED_PREFIX), `${value.model}.${value.column}`).toBe(true);
      expect(value.stored).not.toContain(marker);
    }
    for (const [model, columns] of Object.entries(SEALED_FIELDS)) {
      const rows = await delegateOf(model).findMany({ where: { coupleId } });
      for (const row of rows) for (const column of columns) expect(String(row[column]), `${model}.${column}`).toContain(marker);
    }
    const plan = await db.triggerPlan.findFirstOrThrow({ where: { coupleId }, select: { helpsMe: true } });
    expect(plan).toEqual({ helpsMe: `${words("helpsMe")} 2` });
    // A nested read opens the included rows too, and the id added for opening is dropped again.
    const question = await db.question.findFirstOrThrow({
      where: { coupleId },
      select: { text: true, answers: { select: { text: true } } },
    });
    expect(question).toEqual({ text: words("text"), answers: [{ text: words("text") }] });
  });

  it("the marker is in no byte of the database's files nor of a backup", async () => {
    const marker = `mark-${crypto.randomBytes(6).toString("hex")}`;
    await writeEverywhere(marker);
    const url = process.env.DATABASE_URL!;
    const file = path.join(TMP_DIR, `sealed-backup-${crypto.randomBytes(4).toString("hex")}.${onPostgres ? "dump" : "db"}`);
    await backup(url, file);
    if (onPostgres) {
      // pg_dump's plain SQL (the backup's custom format is compressed, so it would prove nothing alone).
      const parsed = new URL(url);
      const env = { ...process.env, PGPASSWORD: decodeURIComponent(parsed.password) };
      parsed.password = "";
      const dump = spawnSync("pg_dump", ["--format=plain", "--dbname", parsed.toString()], { env, maxBuffer: 256 * 1024 * 1024 });
      expect(dump.status, String(dump.stderr)).toBe(0);
      expect(dump.stdout.length).toBeGreaterThan(1000);
      expect(dump.stdout.includes(Buffer.from(marker))).toBe(false);
      expect(dump.stdout.includes(Buffer.from(SEALED_PREFIX))).toBe(true);
    } else {
      const dbFile = sqlitePath(url)!;
      const folder = [dbFile, `${dbFile}-wal`, `${dbFile}-shm`];
      expect(fs.existsSync(dbFile)).toBe(true);
      expect(filesContaining(folder, marker)).toEqual([]);
      expect(filesContaining(folder, SEALED_PREFIX).length).toBeGreaterThan(0);
    }
    expect(filesContaining([file], marker)).toEqual([]);
    // The backup never holds the key that opens it, in any form.
    const key = testKeyring().current;
    const copy = fs.readFileSync(file);
    for (const form of [key, Buffer.from(key.toString("base64")), Buffer.from(key.toString("hex"))])
      expect(copy.includes(form)).toBe(false);
  });

  it("a sealed value moved to another row does not open: a logged error and a notice on the page, never its words or a crash", async () => {
    const marker = `mark-${crypto.randomBytes(6).toString("hex")}`;
    const { coupleId, entryId, a } = await writeEverywhere(marker);
    const other = await db.entry.create({
      data: { coupleId, authorId: a.userId, stageSlug: "patience", kind: "reflection", visibility: "private", body: "{}" },
    });
    const checkIn = await db.checkIn.create({
      data: { coupleId, authorId: a.userId, localDate: "2026-12-02", timeZone: "UTC", trust: 4, closeness: 4, mood: "calm", note: "mine" },
    });
    await db.$executeRaw`UPDATE "Entry" SET "body" = (SELECT "body" FROM "Entry" WHERE "id" = ${entryId}) WHERE "id" = ${other.id}`;
    await db.$executeRaw`UPDATE "CheckIn" SET "note" = (SELECT "body" FROM "Entry" WHERE "id" = ${entryId}) WHERE "id" = ${checkIn.id}`;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);

    // The stage page's read: the moved entry is marked, the rest of the page reads as before.
    const entries = await listStageEntries(a, "patience");
    expect(entries.find((e) => e.id === other.id)).toMatchObject({ unopenable: true });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(`Entry.body.${other.id}`));
    const page = renderToStaticMarkup(createElement(EntryBodyView, { entry: entries.find((e) => e.id === other.id)! }));
    expect(page).toContain("Mend can&#x27;t open this text");
    // It can't be edited (a blank form's words would go over it), only deleted.
    const storedBody = async (id: string) =>
      (await db.$queryRaw<{ body: string }[]>`SELECT "body" FROM "Entry" WHERE "id" = ${id}`)[0]?.body;
    const movedBody = await storedBody(other.id);
    const edit = await updateEntry(a, other.id, { visibility: "private", body: () => ({ ok: true, data: { text: "new words" } }) });
    expect(edit).toMatchObject({ ok: false, formError: expect.stringMatching(/can't be edited/) });
    expect(await storedBody(other.id)).toBe(movedBody);
    // A plain text column shows the notice in place of the words.
    expect((await db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } })).note).toBe(UNOPENABLE_TEXT);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(`CheckIn.note.${checkIn.id}`));
    expect(logged.mock.calls.flat().join(" ")).not.toContain(marker);

    // A form filled from the notice and saved unchanged leaves the stored value as it was.
    const stored = async () => (await db.$queryRaw<{ note: string }[]>`SELECT "note" FROM "CheckIn" WHERE "id" = ${checkIn.id}`)[0]?.note;
    const before = await stored();
    await db.checkIn.update({ where: { id: checkIn.id }, data: { note: UNOPENABLE_TEXT, trust: 6 } });
    expect(await stored()).toBe(before);
    expect((await db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } })).trust).toBe(6);

    // And a new row never stores the notice as someone's words (an amendment copied from it, saved unchanged).
    await expect(
      db.checkIn.create({
        data: {
          coupleId,
          authorId: a.userId,
          localDate: "2026-12-03",
          timeZone: "UTC",
          trust: 4,
          closeness: 4,
          mood: "calm",
          note: UNOPENABLE_TEXT,
        },
      }),
    ).rejects.toThrow(/not someone's words/);

    // The row it came from still opens.
    expect((await db.entry.findUniqueOrThrow({ where: { id: entryId } })).body).toContain(marker);

    // A value under a key this Mend wasn't given is a setup problem, not damage: no notice that would
    // read as lost words (and invite writing over them), the read fails as a whole.
    const foreign = seal(keyring(newKey()), "words the right key would open", sealedPlace("CheckIn", "note", checkIn.id));
    await db.$executeRaw`UPDATE "CheckIn" SET "note" = ${foreign} WHERE "id" = ${checkIn.id}`;
    await expect(db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } })).rejects.toThrow(SealedValueError);
  });

  it("a flagged safety check whose answers don't open still shows the crisis lines", async () => {
    const { a } = await makeCouple();
    const check = await db.safetyCheck.create({
      data: { coupleId: a.coupleId, userId: a.userId, flagged: true, answers: JSON.stringify({ "self-harm": "yes" }) },
    });
    const rows = await db.$queryRaw<{ answers: string }[]>`SELECT "answers" FROM "SafetyCheck" WHERE "id" = ${check.id}`;
    const answers = rows[0]!.answers;
    const altered = answers.slice(0, -2) + (answers.at(-2) === "A" ? "B" : "A") + answers.slice(-1);
    await db.$executeRaw`UPDATE "SafetyCheck" SET "answers" = ${altered} WHERE "id" = ${check.id}`;
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const status = await safetyCheckStatus(a);
    expect(status.latest).toMatchObject({ flagged: true, outcome: { crisis: true, pauses: true } });
  });

  it("a create nested two relations deep is sealed too", async () => {
    const marker = `mark-${crypto.randomBytes(6).toString("hex")}`;
    const { coupleId, a } = await makeCouple();
    await db.couple.update({
      where: { id: coupleId },
      data: {
        agreements: {
          create: {
            status: "proposed",
            versions: {
              create: {
                coupleId,
                number: 1,
                kind: "proposal",
                title: `${marker} title`,
                text: `${marker} text`,
                category: "other",
                proposedBy: a.userId,
              },
            },
          },
        },
      },
    });
    const [row] = await db.$queryRaw<
      { title: string; text: string }[]
    >`SELECT "title", "text" FROM "AgreementVersion" WHERE "coupleId" = ${coupleId}`;
    expect(row!.title.startsWith(SEALED_PREFIX) && row!.text.startsWith(SEALED_PREFIX)).toBe(true);
    expect(JSON.stringify(row)).not.toContain(marker);
    const version = await db.agreementVersion.findFirstOrThrow({ where: { coupleId }, select: { title: true } });
    expect(version.title).toBe(`${marker} title`);
  });

  it('a query that filters or sorts by a sealed column\'s words is refused (only "" compares)', async () => {
    await expect(db.commitmentLog.findMany({ orderBy: { review: { note: "asc" } } })).rejects.toThrow(
      /CommitmentReview.note is sealed at rest/,
    );
    await expect(db.question.findMany({ where: { text: { contains: "x" } } })).rejects.toThrow(/Question.text is sealed at rest/);
    await expect(db.question.findMany({ orderBy: { text: "asc" } })).rejects.toThrow(/sealed at rest/);
    await expect(db.checkIn.count({ where: { note: { not: "" } } })).resolves.toBeGreaterThanOrEqual(0);
  });
});
