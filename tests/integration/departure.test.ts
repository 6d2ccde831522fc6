import { beforeEach, describe, expect, it, vi } from "vitest";
import * as dataActions from "@/app/(app)/app/settings/data/actions";
import type { PartnerContext } from "@/lib/server/access";
import { createEntry, deleteEntry, respondToEntry } from "@/lib/server/entries/write";
import { listReadableEntries } from "@/lib/server/entries/read";
import { saveCheckIn } from "@/lib/server/check-ins/write";
import { createCommitment, logCommitment, reviewCommitmentLog } from "@/lib/server/commitments/write";
import { proposeAgreement } from "@/lib/server/agreements/write";
import { listAgreements } from "@/lib/server/agreements/read";
import { listCommitments } from "@/lib/server/commitments/read";
import { createShareLink } from "@/lib/server/share/links";
import { resolveShareAccess } from "@/lib/server/share/resolve";
import { updateProfile, createCouple } from "@/lib/server/couples/couple";
import { startSession } from "@/lib/server/auth/sessions";
import { takeSafetyCheck } from "@/lib/server/safety/write";
import { SAFETY_ALL_NO } from "@/lib/validation/safety";
import { jointPaused } from "@/lib/server/safety/read";
import { deleteAccount, FORMER_PARTNER, leaveCouple, partnerDeparted } from "@/lib/server/departure/leave";
import { buildExport } from "@/lib/server/export/sections";
import { db, invite, makeCouple, makeUser, PASSWORD } from "./factories";
import { acceptInvite } from "@/lib/server/couples/invites";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

// Issue 13: export, leaving the couple and deleting an account.

/** Every text column of every table, as one string per table. */
async function everyTable(): Promise<Record<string, string>> {
  // Every table of the database, whichever it is (the integration suite also runs on PostgreSQL).
  const tables = process.env.DATABASE_URL!.startsWith("file:")
    ? await db.$queryRawUnsafe<{ name: string }[]>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
    : await db.$queryRawUnsafe<{ name: string }[]>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
      );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    // Sealed columns are opened: the search is for the person's words, whatever form they are stored in.
    const rows = (await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`)).map((row) => openRawRow(name, row));
    result[name] = JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : v));
  }
  return result;
}

async function tablesContaining(needle: string) {
  const tables = await everyTable();
  return Object.entries(tables)
    .filter(([, text]) => text.includes(needle))
    .map(([name]) => name);
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A couple where `a` has written something of every kind, each with a marker: PRIVATE-<tag> for
 * what only `a` could read, SHARED-<tag> for what `a` shared with `b`.
 */
async function coupleWithEverything(tag: string) {
  const { coupleId, a, b } = await makeCouple();
  const named: PartnerContext = { ...a, name: `Alex PRIVATE-${tag}-name` };
  await updateProfile(a, { name: named.name, side: "involved" });
  const write = async (visibility: "private" | "partner" | "therapist", text: string) => {
    const r = await createEntry(a, {
      stageSlug: "self-work",
      exerciseKey: "root-causes",
      kind: "reflection",
      visibility,
      body: { answers: [text] },
    });
    if (!r.ok) throw new Error("setup");
    return r.data.id;
  };
  await write("private", `PRIVATE-${tag}-entry`);
  const deleted = await write("partner", `PRIVATE-${tag}-deleted`);
  await deleteEntry(a, deleted);
  const shared = await write("partner", `SHARED-${tag}-entry`);
  await write("therapist", `SHARED-${tag}-therapist-entry`);
  const statement = await createEntry(b, {
    stageSlug: "acknowledgment",
    exerciseKey: "accountability-statement",
    kind: "accountability",
    visibility: "partner",
    body: { answers: ["Sam's own statement"] },
  });
  if (!statement.ok) throw new Error("setup");
  await respondToEntry(a, { entryId: statement.data.id, verdict: "not-yet", questions: `SHARED-${tag}-response` });
  const checkIn = { localDate: today(), trust: 3, closeness: 4, mood: "calm" as const, timeZone: "UTC" };
  await saveCheckIn(a, { ...checkIn, note: `PRIVATE-${tag}-check-in`, noteVisibility: "private" });
  await saveCheckIn(b, { ...checkIn, note: "Sam's own check-in", noteVisibility: "partner" });
  const mine = await createCommitment(a, { what: `SHARED-${tag}-commitment`, cadence: "daily", timeZone: "UTC" });
  const theirs = await createCommitment(b, { what: "Sam's own commitment", cadence: "daily", timeZone: "UTC" });
  if (!mine.ok || !theirs.ok) throw new Error("setup");
  await logCommitment(a, { id: mine.data.id, outcome: "kept", note: `SHARED-${tag}-log` });
  const theirLog = await logCommitment(b, { id: theirs.data.id, outcome: "kept", note: "" });
  if (!theirLog.ok) throw new Error("setup");
  await reviewCommitmentLog(a, { id: theirLog.data.id, verdict: "disputed", note: `SHARED-${tag}-review` });
  await takeSafetyCheck(a, { ...SAFETY_ALL_NO, afraid: "yes" }, { confirmPause: true });
  const link = await createShareLink(a, { therapistName: `PRIVATE-${tag}-therapist`, scope: ["entries"], expiryDays: 30 });
  if (!link.ok) throw new Error("setup");
  const agreement = await proposeAgreement(a, {
    title: "Phones away",
    text: `AGREEMENT-${tag}`,
    category: "communication",
    scope: "",
    reviewAt: null,
    endsAt: null,
  });
  if (!agreement.ok) throw new Error("setup");
  // The talking-it-through tools (issue 11): a question and an answer, a trigger with a private note and a
  // reply, a plan, a talk with a private note and a follow-up.
  const asked = await askQuestion(a, { text: `SHARED-${tag}-question`, repeatOf: null });
  const theirQuestion = await askQuestion(b, { text: "Sam's own question", repeatOf: null });
  if (!asked.ok || !theirQuestion.ok) throw new Error("setup");
  await answerQuestion(a, { id: theirQuestion.data.id, text: `SHARED-${tag}-answer`, seen: 0 });
  await logTrigger(a, {
    what: `SHARED-${tag}-trigger`,
    intensity: 3,
    note: `PRIVATE-${tag}-trigger-note`,
    noteVisibility: "private",
    timeZone: "UTC",
  });
  const theirTrigger = await logTrigger(b, {
    what: "Sam's own trigger",
    intensity: 2,
    note: "",
    noteVisibility: "private",
    timeZone: "UTC",
  });
  if (!theirTrigger.ok) throw new Error("setup");
  await replyToTrigger(a, { id: theirTrigger.data.id, text: `SHARED-${tag}-reply` });
  await saveTriggerPlan(a, { helpsMe: `SHARED-${tag}-plan`, iWill: "" });
  // The intake (issue 23): always the person's own, so it goes whatever they choose for what they shared.
  await saveIntake(
    a,
    intakeSchema.parse({ whoKnows: `PRIVATE-${tag}-intake-shared`, whoKnowsVisibility: "partner", hopes: `PRIVATE-${tag}-intake-hopes` }),
  );
  await saveIntake(b, intakeSchema.parse({ whoKnows: "Sam's own intake" }));
  const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const talk = await scheduleTalk(a, {
    template: "",
    topic: `SHARED-${tag}-talk`,
    recurEveryDays: 0,
    date: soon,
    time: "10:00",
    timeZone: "UTC",
    minutes: 30,
  });
  if (!talk.ok) throw new Error("setup");
  await acceptTalk(b, { id: talk.data.id });
  await startTalk(a, { id: talk.data.id });
  await saveTalkNote(a, { id: talk.data.id, text: `PRIVATE-${tag}-talk-note`, visibility: "private" });
  await addFollowUp(a, { id: talk.data.id, text: `SHARED-${tag}-follow-up` });
  const sessionId = await startSession(a.userId, "test");
  return { coupleId, a: { ...named, sessionId }, b, shared, token: link.data.token };
}

import { askQuestion, answerQuestion } from "@/lib/server/questions/write";
import { logTrigger, replyToTrigger, saveTriggerPlan } from "@/lib/server/triggers/write";
import { acceptTalk, addFollowUp, saveTalkNote, scheduleTalk, startTalk } from "@/lib/server/talks/write";
import { saveIntake } from "@/lib/server/intake/write";
import { listIntake } from "@/lib/server/intake/read";
import { openRawRow } from "./sealed-values";
import { intakeSchema } from "@/lib/validation/intake";

describe("deleting an account", () => {
  it("with 'delete what I shared', leaves no text of the person in any table, and ends their sessions", async () => {
    const f = await coupleWithEverything("del1");
    expect((await tablesContaining("PRIVATE-del1")).length).toBeGreaterThan(0);
    expect((await tablesContaining("SHARED-del1")).length).toBeGreaterThan(0);

    const result = await deleteAccount(f.a, { shared: "delete" });
    expect(result.ok).toBe(true);

    expect(await tablesContaining("PRIVATE-del1")).toEqual([]);
    expect(await tablesContaining("SHARED-del1")).toEqual([]);
    expect(await tablesContaining(f.a.email)).toEqual([]);
    expect(await db.userSession.count({ where: { userId: f.a.userId } })).toBe(0);
    expect(await db.user.count({ where: { id: f.a.userId } })).toBe(0);
    // The share link they made no longer opens.
    expect((await resolveShareAccess(f.token, { key: "departure-del1", userAgent: null })).ok).toBe(false);

    // The other partner keeps their own things; the agreements stay, by "a former partner".
    const bEntries = await listReadableEntries(f.b);
    expect(bEntries.map((e) => e.authorName)).toEqual(["Sam"]);
    expect(bEntries[0]!.responses).toEqual([]);
    const commitments = await listCommitments(f.b);
    expect(commitments.map((c) => c.what)).toEqual(["Sam's own commitment"]);
    expect(commitments[0]!.logs[0]!.review).toBeNull();
    const agreements = await listAgreements(f.b);
    expect(agreements.map((a) => a.head.proposedByName)).toEqual([FORMER_PARTNER]);
    expect(await partnerDeparted(f.b)).toBe(true);
    // Deleting takes only the person's own intake: the partner's answers stay.
    expect(await db.intakeAnswer.count({ where: { coupleId: f.coupleId, authorId: f.a.userId } })).toBe(0);
    expect((await listIntake(f.b)).map((v) => v.answers.map((x) => x.value))).toEqual([["Sam's own intake"]]);
    // Their safety pause went with them.
    expect(await jointPaused(f.b)).toBe(false);
    // The history says that someone left, without who or any content.
    const events = await db.auditEvent.findMany({
      where: { coupleId: f.coupleId, action: "member.deleted" },
      select: { actorId: true, subject: true },
    });
    expect(events).toEqual([{ actorId: null, subject: "" }]);
  });

  it("with 'keep what I shared', the partner still reads it as a former partner's, and nothing private or personal is left", async () => {
    const f = await coupleWithEverything("keep1");
    await deleteAccount(f.a, { shared: "keep" });
    expect(await tablesContaining("PRIVATE-keep1")).toEqual([]);
    expect(await tablesContaining(f.a.email)).toEqual([]);

    const bEntries = await listReadableEntries(f.b);
    const kept = bEntries.find((e) => e.id === f.shared)!;
    expect(kept.authorName).toBe(FORMER_PARTNER);
    expect(JSON.stringify(kept)).toContain("SHARED-keep1-entry");
    const statement = bEntries.find((e) => e.authorName === "Sam")!;
    expect(statement.responses.map((r) => [r.authorName, r.questions])).toEqual([[FORMER_PARTNER, "SHARED-keep1-response"]]);
    const commitments = await listCommitments(f.b);
    const theirs = commitments.find((c) => c.what === "SHARED-keep1-commitment")!;
    expect(theirs.ownerName).toBe(FORMER_PARTNER);
    // Kept rows point at a placeholder that can't sign in and has no membership.
    const placeholder = await db.user.findFirstOrThrow({ where: { name: FORMER_PARTNER, entries: { some: { id: f.shared } } } });
    expect(placeholder.email).toMatch(/@deleted\.invalid$/);
    expect(await db.membership.count({ where: { userId: placeholder.id } })).toBe(0);
  });
});

describe("leaving the couple", () => {
  it("takes the person out with their private things, the partner keeps theirs and sees a neutral notice, and both can start again", async () => {
    const f = await coupleWithEverything("leave1");
    expect(await partnerDeparted(f.b)).toBe(false);
    await leaveCouple(f.a, { shared: "keep" });
    expect(await db.membership.count({ where: { userId: f.a.userId } })).toBe(0);
    expect(await tablesContaining("PRIVATE-leave1-entry")).toEqual([]);
    expect(await tablesContaining("PRIVATE-leave1-check-in")).toEqual([]);
    expect(await tablesContaining("PRIVATE-leave1-intake")).toEqual([]);
    expect(await db.intakeAnswer.count({ where: { coupleId: f.coupleId, authorId: f.b.userId } })).toBe(1);
    expect(await tablesContaining("PRIVATE-leave1-deleted")).toEqual([]);
    expect(await db.safetyCheck.count({ where: { userId: f.a.userId } })).toBe(0);
    // Their share links are revoked; their account and name stay theirs.
    expect((await resolveShareAccess(f.token, { key: "departure-leave1", userAgent: null })).ok).toBe(false);
    expect(await db.user.count({ where: { id: f.a.userId } })).toBe(1);

    expect(await partnerDeparted(f.b)).toBe(true);
    const bEntries = await listReadableEntries(f.b);
    expect(bEntries.map((e) => e.authorName).sort()).toEqual([FORMER_PARTNER, FORMER_PARTNER, "Sam"]);

    // The one who left can start a new workspace at once.
    const fresh = await createCouple(f.a, { name: "A new start", side: "unsaid" });
    expect(fresh.ok).toBe(true);
  });

  it("when the partner who created the workspace leaves, the one who stays can invite someone who then joins", async () => {
    const f = await makeCouple(["Robin", "Kai"]);
    await leaveCouple(f.a, { shared: "delete" });
    const { token } = await invite(f.b);
    const newcomer = await makeUser("Noor");
    // Failed before the fix: the newcomer was given seat 2, still the remaining partner's, and read "full".
    expect(await acceptInvite(newcomer, token)).toEqual({ ok: true, coupleId: f.coupleId });
    const seats = await db.membership.findMany({
      where: { coupleId: f.coupleId },
      select: { userId: true, seat: true },
      orderBy: { seat: "asc" },
    });
    expect(seats).toEqual([
      { userId: newcomer.userId, seat: 1 },
      { userId: f.b.userId, seat: 2 },
    ]);
    expect(await partnerDeparted(f.b)).toBe(false);
  });

  it("the last one to leave removes the workspace altogether", async () => {
    const f = await coupleWithEverything("leave2");
    await leaveCouple(f.a, { shared: "delete" });
    await leaveCouple(f.b, { shared: "keep" });
    expect(await db.couple.count({ where: { id: f.coupleId } })).toBe(0);
    // Both still have their accounts (and so their names); nothing else of the workspace is left.
    expect(await tablesContaining("leave2")).toEqual(["User"]);
    expect(await tablesContaining("SHARED-leave2")).toEqual([]);
  });
});

describe("export", () => {
  it("holds everything the person may see, and never the other partner's private entries, private notes or safety answers", async () => {
    const f = await coupleWithEverything("exp1");
    const mine = await buildExport(f.a);
    expect(mine).toMatchObject({ format: "mend-export", schemaVersion: 1 });
    const mineText = JSON.stringify(mine);
    for (const marker of [
      "PRIVATE-exp1-entry",
      "PRIVATE-exp1-check-in",
      "SHARED-exp1-entry",
      "SHARED-exp1-log",
      "AGREEMENT-exp1",
      "Sam's own statement",
      "SHARED-exp1-question",
      "SHARED-exp1-answer",
      "PRIVATE-exp1-trigger-note",
      "SHARED-exp1-plan",
      "PRIVATE-exp1-talk-note",
      "SHARED-exp1-follow-up",
      "PRIVATE-exp1-intake-shared",
      "PRIVATE-exp1-intake-hopes",
    ]) {
      expect(mineText).toContain(marker);
    }
    expect((mine.sections.safety as { checks: unknown[] }).checks).toHaveLength(1);
    expect(Object.keys(mine.sections)).toEqual([
      "account",
      "couple",
      "entries",
      "progress",
      "agreements",
      "commitments",
      "checkIns",
      "questions",
      "triggers",
      "intake",
      "talks",
      "settings",
      "sessions",
      "shareLinks",
      "safety",
    ]);

    const theirs = await buildExport(f.b);
    const theirsText = JSON.stringify(theirs);
    expect(theirsText).toContain("SHARED-exp1-entry");
    expect(theirsText).toContain("SHARED-exp1-response");
    expect(theirsText).not.toContain("PRIVATE-exp1-entry");
    expect(theirsText).not.toContain("PRIVATE-exp1-check-in");
    expect(theirsText).not.toContain("PRIVATE-exp1-deleted");
    expect(theirsText).toContain("SHARED-exp1-trigger");
    expect(theirsText).toContain("SHARED-exp1-answer");
    expect(theirsText).not.toContain("PRIVATE-exp1-trigger-note");
    expect(theirsText).not.toContain("PRIVATE-exp1-talk-note");
    // The partner's intake as they share it: the answer marked partner, never the one kept to themselves.
    expect(theirsText).toContain("PRIVATE-exp1-intake-shared");
    expect(theirsText).not.toContain("PRIVATE-exp1-intake-hopes");
    // Sam took no safety check; Alex's flagged one is nowhere in Sam's export (only "paused").
    expect(theirs.sections.safety).toEqual({ checks: [], myPause: null, jointPaused: true });
    expect(theirsText).not.toMatch(/"flagged"|"afraid"/);
  });
});

describe("the actions ask for the password and refuse bad input", () => {
  it("delete: no password after 10 minutes, a wrong one, a missing choice or confirmation each delete nothing", async () => {
    const { a } = await makeCouple();
    const sessionId = await startSession(a.userId, "test");
    // The password was entered at sign-in, an hour ago.
    await db.userSession.updateMany({ where: { id: sessionId }, data: { verifiedAt: new Date(Date.now() - 3_600_000) } });
    signInAs({ ...a, sessionId });

    const noPassword = await dataActions.deleteAccountAction(null, form({ shared: "delete", confirm: "delete" }));
    expect(noPassword).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringContaining("Enter your password")] } });
    const wrong = await dataActions.deleteAccountAction(null, form({ shared: "delete", confirm: "delete", password: "not it" }));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { password: ["That isn't your password."] } });
    const unconfirmed = await dataActions.deleteAccountAction(null, form({ shared: "delete", confirm: "yes", password: PASSWORD }));
    expect(unconfirmed).toMatchObject({ ok: false, fieldErrors: { confirm: ["Type the word delete to confirm."] } });
    const noChoice = await dataActions.deleteAccountAction(null, form({ confirm: "delete", password: PASSWORD }));
    expect(noChoice).toMatchObject({ ok: false, fieldErrors: { shared: ["Choose what happens to what you shared."] } });
    expect(await db.user.count({ where: { id: a.userId } })).toBe(1);

    const deleted = await dataActions.deleteAccountAction(null, form({ shared: "keep", confirm: " Delete ", password: PASSWORD }));
    expect(deleted).toEqual({ ok: true, data: undefined });
    expect(await db.user.count({ where: { id: a.userId } })).toBe(0);
  });

  it("leave and export need the password too; a bad choice is a field error", async () => {
    const { a, b } = await makeCouple();
    const sessionId = await startSession(a.userId, "test");
    await db.userSession.updateMany({ where: { id: sessionId }, data: { verifiedAt: new Date(Date.now() - 3_600_000) } });
    signInAs({ ...a, sessionId });
    expect(await dataActions.confirmExportAction(null, form({}))).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.any(String)] },
    });
    expect(await dataActions.leaveCoupleAction(null, form({ shared: "maybe", password: PASSWORD }))).toMatchObject({
      ok: false,
      fieldErrors: { shared: ["Choose what happens to what you shared."] },
    });
    expect(await dataActions.leaveCoupleAction(null, form({ shared: "delete" }))).toMatchObject({ ok: false });
    expect(await db.membership.count({ where: { userId: a.userId } })).toBe(1);
    expect(await dataActions.leaveCoupleAction(null, form({ shared: "delete", password: PASSWORD }))).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await db.membership.count({ where: { userId: a.userId } })).toBe(0);
    expect(await partnerDeparted(b)).toBe(true);
  });
});
