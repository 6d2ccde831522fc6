import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TherapistContext } from "@/lib/server/access";
import { saveIntakeAction } from "@/app/(app)/app/settings/intake/actions";
import { saveIntake } from "@/lib/server/intake/write";
import { listIntake, type IntakeView } from "@/lib/server/intake/read";
import { getTherapistView } from "@/lib/server/share/therapist-view";
import { setBreach } from "@/lib/server/couples/couple";
import { pauseJointWork, resumeJointWork } from "@/lib/server/safety/write";
import { saveCheckIn } from "@/lib/server/check-ins/write";
import { acceptVersion, proposeAgreement } from "@/lib/server/agreements/write";
import { askQuestion, answerQuestion, holdQuestion } from "@/lib/server/questions/write";
import { logTrigger } from "@/lib/server/triggers/write";
import { acceptTalk, endTalk, scheduleTalk, startTalk } from "@/lib/server/talks/write";
import { intakeSchema, type IntakeInput } from "@/lib/validation/intake";
import { db, makeCouple, takeSafetyChecks, therapistFor } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

// Issue 23 §4 and §5: each intake answer's own visibility, for the partner, a therapist link with
// and without the Intake section, and another couple; the pause flag; "since your last visit".

const intake = (fields: Record<string, string>): IntakeInput => intakeSchema.parse(fields);

/** What a reader gets of one author's answers, as question → value. */
function answersOf(views: IntakeView[], authorId: string): Record<string, string> {
  return Object.fromEntries((views.find((v) => v.authorId === authorId)?.answers ?? []).map((a) => [a.question, a.value]));
}

/** A's intake with one answer of each visibility (and the two defaults "only me"). */
async function coupleWithIntake() {
  const f = await makeCouple();
  const saved = await saveIntake(
    f.a,
    intake({
      discoveredOn: "2026-03-14",
      breach: "money",
      duration: "About two years",
      durationVisibility: "partner",
      whoKnows: "PRIVATE-who-knows",
      whoKnowsVisibility: "private",
      commitment: "8",
      hopes: "PRIVATE-hopes",
    }),
  );
  expect(saved).toEqual({ ok: true, data: { changed: 6 } });
  return f;
}

describe("each answer's visibility", () => {
  it("defaults: facts to partner and therapist, the commitment score and hopes to only me", async () => {
    const { a } = await coupleWithIntake();
    const rows = await db.intakeAnswer.findMany({
      where: { coupleId: a.coupleId, authorId: a.userId },
      select: { question: true, visibility: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.question, r.visibility]))).toEqual({
      discoveredOn: "therapist",
      breach: "therapist",
      duration: "partner",
      whoKnows: "private",
      commitment: "private",
      hopes: "private",
    });
  });

  it("leaves no line in the couple's history for a change only the author can see", async () => {
    const { a } = await makeCouple();
    const saves = () => db.auditEvent.count({ where: { coupleId: a.coupleId, action: "intake.saved" } });
    // The commitment score and hopes default to only me.
    expect(await saveIntake(a, intake({ commitment: "8", hopes: "That we stay" }))).toMatchObject({ ok: true, data: { changed: 2 } });
    expect(await saves()).toBe(0);
    expect(await saveIntake(a, intake({ commitment: "8", hopes: "" }))).toMatchObject({ ok: true, data: { changed: 1 } });
    expect(await saves()).toBe(0);
    // A shared answer, and later making an only-me one shared, are noted.
    expect(await saveIntake(a, intake({ commitment: "8", whoKnows: "My sister" }))).toMatchObject({ ok: true, data: { changed: 1 } });
    expect(await saves()).toBe(1);
    expect(await saveIntake(a, intake({ commitment: "8", commitmentVisibility: "partner", whoKnows: "My sister" }))).toMatchObject({
      ok: true,
      data: { changed: 1 },
    });
    expect(await saves()).toBe(2);
  });

  it("the author reads all their own; the partner never an answer marked only me", async () => {
    const { a, b } = await coupleWithIntake();
    expect(answersOf(await listIntake(a), a.userId)).toEqual({
      discoveredOn: "2026-03-14",
      breach: "money",
      duration: "About two years",
      whoKnows: "PRIVATE-who-knows",
      commitment: "8",
      hopes: "PRIVATE-hopes",
    });
    const partnerView = await listIntake(b);
    expect(answersOf(partnerView, a.userId)).toEqual({ discoveredOn: "2026-03-14", breach: "money", duration: "About two years" });
    expect(JSON.stringify(partnerView)).not.toContain("PRIVATE");
    // The partner's own (empty) intake comes first, for their form.
    expect(partnerView[0]).toMatchObject({ authorId: b.userId, isMine: true, answers: [] });
  });

  it("a therapist link with the Intake section reads only answers marked partner and therapist; without it, nothing", async () => {
    const { a, b } = await coupleWithIntake();
    const withIntake = await therapistFor(b, ["intake"]);
    const therapistView = await listIntake(withIntake);
    expect(therapistView.map((v) => v.authorId)).toEqual([a.userId]);
    expect(answersOf(therapistView, a.userId)).toEqual({ discoveredOn: "2026-03-14", breach: "money" });
    const page = await getTherapistView(withIntake);
    expect(page.intake?.map((v) => v.answers.map((x) => x.question))).toEqual([["discoveredOn", "breach"]]);
    expect(JSON.stringify(page)).not.toMatch(/PRIVATE|About two years/);

    const without = await therapistFor(a, ["progress", "entries", "check-ins", "agreements"]);
    expect(await listIntake(without)).toEqual([]);
    const pageWithout = await getTherapistView(without);
    expect(pageWithout.intake).toBeNull();
    expect(JSON.stringify(pageWithout)).not.toContain("2026-03-14");
  });

  it("another couple, and its therapist link, read none of it", async () => {
    const { a } = await coupleWithIntake();
    const other = await makeCouple(["Cory", "Dana"]);
    await saveIntake(other.a, intake({ whoKnows: "Cory's own" }));
    const theirs = await listIntake(other.a);
    expect(theirs.map((v) => v.authorId)).not.toContain(a.userId);
    expect(JSON.stringify(theirs)).not.toMatch(/2026-03-14|About two years|PRIVATE/);
    const theirLink = await therapistFor(other.b, ["intake"]);
    expect(JSON.stringify(await listIntake(theirLink))).not.toMatch(/2026-03-14|PRIVATE/);
    // A forged context naming couple 1's author still only reads its own couple's rows.
    const forged: TherapistContext = { ...theirLink, createdById: a.userId };
    expect(JSON.stringify(await listIntake(forged))).not.toMatch(/2026-03-14|PRIVATE/);
  });

  it("a partner writes only their own rows; saving again changes only what changed", async () => {
    const { a, b } = await coupleWithIntake();
    const before = await db.intakeAnswer.findMany({ where: { coupleId: a.coupleId }, select: { question: true, updatedAt: true } });
    // The same form again: nothing is rewritten, so nothing reads as "changed" for a therapist.
    const again = await saveIntake(
      a,
      intake({
        discoveredOn: "2026-03-14",
        breach: "money",
        duration: "About two years",
        durationVisibility: "partner",
        whoKnows: "PRIVATE-who-knows",
        whoKnowsVisibility: "private",
        commitment: "8",
        hopes: "PRIVATE-hopes",
      }),
    );
    expect(again).toEqual({ ok: true, data: { changed: 0 } });
    const after = await db.intakeAnswer.findMany({ where: { coupleId: a.coupleId }, select: { question: true, updatedAt: true } });
    expect(after).toEqual(before);
    // B's save touches only B's rows; emptying an answer removes it.
    await saveIntake(b, intake({ hopes: "Sam hopes", hopesVisibility: "partner" }));
    expect(await saveIntake(b, intake({}))).toEqual({ ok: true, data: { changed: 1 } });
    expect(await db.intakeAnswer.count({ where: { coupleId: a.coupleId, authorId: a.userId } })).toBe(6);
    expect(await db.intakeAnswer.count({ where: { coupleId: a.coupleId, authorId: b.userId } })).toBe(0);
  });

  it("contact with the affair partner and STI tests are asked and shown only while the couple says an affair happened", async () => {
    const { a, b } = await makeCouple();
    const answers = { contact: "ended", stiTests: "pending", whoKnows: "My brother" };
    expect(await saveIntake(a, intake(answers))).toEqual({ ok: true, data: { changed: 1 } });
    await setBreach(a, "affair-emotional");
    expect(await saveIntake(a, intake(answers))).toEqual({ ok: true, data: { changed: 2 } });
    expect(answersOf(await listIntake(b), a.userId)).toEqual({ contact: "ended", stiTests: "pending", whoKnows: "My brother" });
    expect(answersOf(await listIntake(await therapistFor(a, ["intake"])), a.userId)).toMatchObject({ contact: "ended" });
    // The couple changes the kind of breach: the affair-only answers stop showing (and a save leaves them alone).
    await setBreach(b, "money");
    expect(answersOf(await listIntake(b), a.userId)).toEqual({ whoKnows: "My brother" });
    // The author still reads, and exports, their own words.
    expect(answersOf(await listIntake(a), a.userId)).toEqual({ contact: "ended", stiTests: "pending", whoKnows: "My brother" });
    expect(await saveIntake(a, intake({ whoKnows: "My brother" }))).toEqual({ ok: true, data: { changed: 0 } });
    expect(await db.intakeAnswer.count({ where: { coupleId: a.coupleId, question: "contact" } })).toBe(1);
  });
});

describe("the action", () => {
  it("refuses bad input with a field error and stores nothing; a good form saves", async () => {
    const { a } = await makeCouple();
    signInAs(a);
    const cases: [Record<string, string>, string][] = [
      [{ commitment: "11" }, "commitment"],
      [{ commitment: "1e1" }, "commitment"],
      [{ discoveredOn: "2026-02-31" }, "discoveredOn"],
      [{ discoveredOn: "2999-01-01" }, "discoveredOn"],
      [{ breach: "unsaid" }, "breach"],
      [{ contact: "sometimes" }, "contact"],
      [{ whoKnows: "x".repeat(1001) }, "whoKnows"],
      [{ hopes: "a\u0000b" }, "hopes"],
      [{ whoKnows: "My sister", whoKnowsVisibility: "everyone" }, "whoKnowsVisibility"],
    ];
    for (const [fields, field] of cases) {
      const result = await saveIntakeAction(null, form(fields));
      expect(result, JSON.stringify(fields)).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.any(String)] } });
    }
    expect(await db.intakeAnswer.count({ where: { coupleId: a.coupleId } })).toBe(0);
    expect(await saveIntakeAction(null, form({ whoKnows: "My sister", commitment: "0" }))).toMatchObject({ ok: true });
    expect(answersOf(await listIntake(a), a.userId)).toEqual({ whoKnows: "My sister", commitment: "0" });
  });

  it("stays open while joint work is paused: it is each partner's own work", async () => {
    const { a, b } = await makeCouple();
    await pauseJointWork(b);
    signInAs(a);
    expect(await saveIntakeAction(null, form({ whoKnows: "Nobody yet" }))).toMatchObject({ ok: true });
  });
});

describe("the therapist view", () => {
  it("shows that joint work is paused while a pause is on, never who or why", async () => {
    const { a, b } = await makeCouple();
    const link = await therapistFor(a, ["progress"]);
    expect((await getTherapistView(link)).jointPaused).toBe(false);
    await pauseJointWork(b);
    const paused = await getTherapistView(link);
    expect(paused.jointPaused).toBe(true);
    expect(JSON.stringify(paused)).not.toMatch(/chosen|safety|pausedBy|reason/i);
    await resumeJointWork(b);
    expect((await getTherapistView(link)).jointPaused).toBe(false);
  });

  it("'since your last visit' lists check-ins, agreements, held questions, triggers, talks and intake changes, each within the link's scope", async () => {
    const { a, b } = await makeCouple();
    await takeSafetyChecks(a, b);
    const every = await therapistFor(a, ["intake", "check-ins", "agreements", "held-questions", "triggers", "talks"]);
    const narrow = await therapistFor(a, ["progress"]);
    // Each link's last visit was two hours ago.
    for (const ctx of [every, narrow]) {
      await db.shareVisit.create({
        data: { coupleId: ctx.coupleId, shareLinkId: ctx.shareLinkId, device: "test", at: new Date(Date.now() - 2 * 3_600_000) },
      });
    }
    const today = new Date().toISOString().slice(0, 10);
    await saveCheckIn(b, { localDate: today, trust: 6, closeness: 5, mood: "calm", note: "", noteVisibility: "private" });
    const agreement = await proposeAgreement(a, {
      title: "Phones face up",
      text: "At dinner.",
      category: "communication",
      scope: "",
      reviewAt: null,
      endsAt: null,
    });
    if (!agreement.ok) throw new Error("setup");
    await proposeAgreement(a, {
      title: "Still a proposal",
      text: "Not accepted.",
      category: "communication",
      scope: "",
      reviewAt: null,
      endsAt: null,
    });
    expect(await acceptVersion(b, { id: agreement.data.id, version: 1 })).toMatchObject({ ok: true });
    const held = await askQuestion(b, { text: "Where did you meet?", repeatOf: null });
    const open = await askQuestion(b, { text: "PRIVATE-open-question", repeatOf: null });
    if (!held.ok || !open.ok) throw new Error("setup");
    await holdQuestion(a, { id: held.data.id, hold: true });
    await answerQuestion(a, { id: open.data.id, text: "PRIVATE-open-answer", seen: 0 });
    await logTrigger(b, { what: "PRIVATE-trigger", intensity: 3, note: "", noteVisibility: "private", timeZone: "UTC" });
    const date = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const talk = await scheduleTalk(a, {
      template: "",
      topic: "Weekends",
      recurEveryDays: 0,
      date,
      time: "10:00",
      timeZone: "UTC",
      minutes: 30,
    });
    if (!talk.ok) throw new Error("setup");
    await acceptTalk(b, { id: talk.data.id });
    await startTalk(a, { id: talk.data.id });
    await endTalk(a, { id: talk.data.id });
    await saveIntake(a, intake({ whoKnows: "My sister", hopes: "PRIVATE-hopes" }));

    const since = (await getTherapistView(every)).since!;
    expect(since.checkIns).toEqual([{ name: "Sam", count: 1 }]);
    expect(since.agreements.map((x) => [x.title, x.action])).toEqual([["Phones face up", "accepted"]]);
    expect(since.questions.map((q) => [q.text, q.event])).toEqual([["Where did you meet?", "held"]]);
    expect(since.triggers).toEqual([{ name: "Sam", count: 1 }]);
    expect(since.talks.map((t) => t.topic)).toEqual(["Weekends"]);
    // Only the answer shared with a therapist counts as an intake change.
    expect(since.intake).toEqual([{ name: "Alex", count: 1, at: expect.any(Date) }]);
    expect(JSON.stringify(since)).not.toMatch(/PRIVATE|Still a proposal/);

    const narrowSince = (await getTherapistView(narrow)).since!;
    for (const key of ["checkIns", "agreements", "questions", "triggers", "talks", "intake"] as const) expect(narrowSince[key]).toEqual([]);
  });
});
