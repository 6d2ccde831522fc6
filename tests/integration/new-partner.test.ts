import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PartnerContext, UserContext } from "@/lib/server/access";
import { requirePartner } from "@/lib/server/access";
import { createEntry, respondToEntry, setHomeworkDone } from "@/lib/server/entries/write";
import { listReadableEntries } from "@/lib/server/entries/read";
import { saveCheckIn } from "@/lib/server/check-ins/write";
import { listCheckIns } from "@/lib/server/check-ins/read";
import { createCommitment, logCommitment, reviewCommitmentLog } from "@/lib/server/commitments/write";
import { listCommitments } from "@/lib/server/commitments/read";
import { acceptVersion, amendAgreement, proposeAgreement } from "@/lib/server/agreements/write";
import { getAgreement, listAgreements } from "@/lib/server/agreements/read";
import { answerQuestion, askQuestion, holdQuestion } from "@/lib/server/questions/write";
import { listQuestions } from "@/lib/server/questions/read";
import { logTrigger, replyToTrigger, saveTriggerPlan } from "@/lib/server/triggers/write";
import { listTriggerPlans, listTriggers } from "@/lib/server/triggers/read";
import { acceptTalk, addFollowUp, saveTalkNote, scheduleTalk, startTalk } from "@/lib/server/talks/write";
import { getTalk, listTalks } from "@/lib/server/talks/read";
import { partnerFeed } from "@/lib/server/partner-feed";
import { getProgress, markStageDone, stageHistory } from "@/lib/server/journey/progress";
import { leaveCouple } from "@/lib/server/departure/leave";
import { acceptInvite } from "@/lib/server/couples/invites";
import { invite, makeCouple, makeUser, takeSafetyChecks } from "./factories";
import { signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

// Issue 21, point 1: what was shared with a partner stays with that partner (decision 011).

const today = () => new Date().toISOString().slice(0, 10);

/** The context the app builds for a signed-in person (requirePartner), so the boundary comes from where the app takes it. */
async function asApp(user: Pick<UserContext, "userId" | "name" | "email">): Promise<PartnerContext> {
  signInAs(user);
  return requirePartner();
}

function ok<T>(res: { ok: true; data: T } | { ok: false }): T {
  if (!res.ok) throw new Error(`setup: ${JSON.stringify(res)}`);
  return res.data;
}

/** P and Q write one of every kind, all shared; Q leaves keeping what Q shared; R joins. */
async function scenario() {
  const { coupleId, a: p0, b: q0 } = await makeCouple(["Parker", "Quinn"]);
  const p = await asApp(p0);
  const q = await asApp(q0);
  await takeSafetyChecks(p, q);
  const entryP = ok(
    await createEntry(p, {
      stageSlug: "self-work",
      exerciseKey: "root-causes",
      kind: "reflection",
      visibility: "partner",
      body: { answers: ["OLD-entry-P"] },
    } as never),
  );
  const statementQ = ok(
    await createEntry(q, {
      stageSlug: "acknowledgment",
      exerciseKey: "accountability-statement",
      kind: "accountability",
      visibility: "partner",
      body: { answers: ["OLD-entry-Q"] },
    } as never),
  );
  await respondToEntry(p, { entryId: statementQ.id, verdict: "not-yet", questions: "OLD-response-P" });
  const homework = ok(
    await createEntry(p, {
      stageSlug: "professional-help",
      exerciseKey: null,
      kind: "homework",
      visibility: "partner",
      body: { text: "OLD-homework-P", done: false },
    } as never),
  );
  await saveCheckIn(p, {
    localDate: today(),
    trust: 4,
    closeness: 4,
    mood: "calm",
    note: "OLD-check-in-P",
    noteVisibility: "partner",
    timeZone: "UTC",
  });
  const commitmentQ = ok(await createCommitment(q, { what: "OLD-commitment-Q", cadence: "daily", timeZone: "UTC" }));
  const logQ = ok(await logCommitment(q, { id: commitmentQ.id, outcome: "kept", note: "OLD-log-Q" }));
  await reviewCommitmentLog(p, { id: logQ.id, verdict: "confirmed", note: "OLD-review-P" });
  const commitmentP = ok(await createCommitment(p, { what: "OLD-commitment-P", cadence: "daily", timeZone: "UTC" }));
  const logP = ok(await logCommitment(p, { id: commitmentP.id, outcome: "kept", note: "OLD-log-P" }));
  const agreement = ok(
    await proposeAgreement(p, {
      title: "OLD-agreement-P",
      text: "OLD-agreement-text",
      category: "communication",
      scope: "",
      reviewAt: null,
      endsAt: null,
    }),
  );
  const questionP = ok(await askQuestion(p, { text: "OLD-question-P", repeatOf: null }));
  const questionQ = ok(await askQuestion(q, { text: "OLD-question-Q", repeatOf: null }));
  await answerQuestion(p, { id: questionQ.id, text: "OLD-answer-P", seen: 0 });
  const triggerQ = ok(
    await logTrigger(q, { what: "OLD-trigger-Q", intensity: 3, note: "OLD-trigger-note-Q", noteVisibility: "partner", timeZone: "UTC" }),
  );
  await replyToTrigger(p, { id: triggerQ.id, text: "OLD-reply-P" });
  const triggerP = ok(await logTrigger(p, { what: "OLD-trigger-P", intensity: 2, note: "", noteVisibility: "private", timeZone: "UTC" }));
  await saveTriggerPlan(p, { helpsMe: "OLD-plan-P", iWill: "" });
  const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const talk = ok(
    await scheduleTalk(p, {
      template: "",
      topic: "OLD-talk-P",
      recurEveryDays: 0,
      date: soon,
      time: "10:00",
      timeZone: "UTC",
      minutes: 30,
    }),
  );
  await acceptTalk(q, { id: talk.id });
  await startTalk(p, { id: talk.id });
  await saveTalkNote(p, { id: talk.id, text: "OLD-talk-note-P", visibility: "partner" });
  await addFollowUp(q, { id: talk.id, text: "OLD-follow-up-Q" });
  await markStageDone(q, "acknowledgment");
  ok(await leaveCouple(q, { shared: "keep" }));

  const { token } = await invite(p);
  const r0 = await makeUser("Riley");
  const joined = await acceptInvite(r0, token);
  if (!joined.ok) throw new Error("could not join");
  const r = await asApp(r0);
  await takeSafetyChecks(r);
  return {
    coupleId,
    p: await asApp(p0),
    r,
    ids: { entryP, statementQ, homework, logQ, logP, commitmentP, agreement, questionP, questionQ, triggerQ, triggerP, talk },
  };
}

/** Everything a partner's pages read, as one text. */
async function everythingReadBy(ctx: PartnerContext) {
  const talks = await listTalks(ctx);
  const talkDetails = await Promise.all([...talks.upcoming, ...talks.past].map((t) => getTalk(ctx, t.id)));
  const agreements = await listAgreements(ctx);
  const agreementDetails = await Promise.all(agreements.map((a) => getAgreement(ctx, a.id)));
  return JSON.stringify([
    await listReadableEntries(ctx),
    await listCheckIns(ctx, { from: "2000-01-01", to: "2100-01-01" }),
    await listCommitments(ctx),
    agreements,
    agreementDetails,
    await listQuestions(ctx),
    await listTriggers(ctx),
    await listTriggerPlans(ctx),
    talks,
    talkDetails,
  ]);
}

const EVERY_OLD_TEXT = [
  "OLD-entry-P",
  "OLD-entry-Q",
  "OLD-response-P",
  "OLD-homework-P",
  "OLD-check-in-P",
  "OLD-commitment-Q",
  "OLD-log-Q",
  "OLD-review-P",
  "OLD-commitment-P",
  "OLD-log-P",
  "OLD-agreement-P",
  "OLD-agreement-text",
  "OLD-question-P",
  "OLD-question-Q",
  "OLD-answer-P",
  "OLD-trigger-Q",
  "OLD-trigger-note-Q",
  "OLD-reply-P",
  "OLD-trigger-P",
  "OLD-plan-P",
  "OLD-talk-P",
  "OLD-talk-note-P",
  "OLD-follow-up-Q",
];

describe("a partner who joins after someone left", () => {
  it("reads nothing that was shared before they joined; the partner who stayed still reads all of it", { timeout: 120_000 }, async () => {
    const { p, r } = await scenario();
    const seenByR = await everythingReadBy(r);
    for (const text of EVERY_OLD_TEXT) expect(seenByR, text).not.toContain(text);
    const seenByP = await everythingReadBy(p);
    for (const text of EVERY_OLD_TEXT) expect(seenByP, text).toContain(text);
  });

  it("sees no activity from before they joined, and no stage marks of the partner who left", { timeout: 120_000 }, async () => {
    const { p, r } = await scenario();
    expect(await partnerFeed(r)).toEqual([]);
    expect((await getProgress(r)).flatMap((s) => s.doneBy)).toEqual([]);
    // The stage history (in R's export) starts at R's arrival too; P's still holds Q's mark.
    expect(await stageHistory(r, { take: 10_000 })).toEqual([]);
    expect((await stageHistory(p, { take: 10_000 })).length).toBeGreaterThan(0);
    // What P writes now is R's to read.
    ok(
      await createEntry(p, {
        stageSlug: "self-work",
        exerciseKey: "root-causes",
        kind: "reflection",
        visibility: "partner",
        body: { answers: ["NEW-entry-P"] },
      } as never),
    );
    expect(JSON.stringify(await listReadableEntries(r))).toContain("NEW-entry-P");
    expect((await partnerFeed(r)).length).toBe(1);
  });

  it(
    "hears of nothing the partner who stayed does now with what came before: no line names an old commitment",
    { timeout: 120_000 },
    async () => {
      const { p, r, ids } = await scenario();
      // P logs the commitment P made before R joined (tomorrow's, so it is a new log): the event is
      // new, but the commitment's words are from before R's time, and R can't open it.
      ok(await logCommitment(p, { id: ids.commitmentP.id, outcome: "kept", note: "" }, new Date(Date.now() + 86_400_000)));
      const activity = await partnerFeed(r);
      expect(JSON.stringify(activity)).not.toContain("OLD-commitment-P");
      expect(activity.filter((item) => item.type === "commitment")).toEqual([]);
      // The same rule as R's own list of commitments, which doesn't hold it either.
      expect((await listCommitments(r)).map((c) => c.what)).not.toContain("OLD-commitment-P");
    },
  );

  it("hears of no change to an agreement from before they joined, which they can't open either", { timeout: 120_000 }, async () => {
    const { p, r, ids } = await scenario();
    // P rewords the proposal P made before R joined: a new event, about an agreement R can't read.
    const amended = await amendAgreement(p, {
      id: ids.agreement.id,
      basedOn: 1,
      title: "NEW-title-of-an-old-agreement",
      text: "Reworded after Riley joined",
      category: "communication",
      scope: "",
      reviewAt: null,
      endsAt: null,
    });
    expect(amended.ok).toBe(true);
    const activity = await partnerFeed(r);
    expect(activity.filter((item) => item.type === "agreement")).toEqual([]);
    expect(JSON.stringify(activity)).not.toContain("title-of-an-old-agreement");
    expect((await listAgreements(r)).map((a) => a.id)).not.toContain(ids.agreement.id);
  });

  it("can't act on anything it can't read: the same refusal as another couple's id", { timeout: 120_000 }, async () => {
    const { r, ids } = await scenario();
    expect(await respondToEntry(r, { entryId: ids.statementQ.id, verdict: "heard", questions: "" })).toMatchObject({ ok: false });
    expect(await respondToEntry(r, { entryId: ids.entryP.id, verdict: "heard", questions: "" })).toMatchObject({ ok: false });
    expect(await setHomeworkDone(r, ids.homework.id, true)).toMatchObject({ ok: false });
    expect(await reviewCommitmentLog(r, { id: ids.logP.id, verdict: "confirmed", note: "" })).toMatchObject({ ok: false });
    expect(await reviewCommitmentLog(r, { id: ids.logQ.id, verdict: "confirmed", note: "" })).toMatchObject({ ok: false });
    expect(await acceptVersion(r, { id: ids.agreement.id, version: 1 })).toMatchObject({ ok: false });
    expect(await answerQuestion(r, { id: ids.questionP.id, text: "R answers", seen: 0 })).toMatchObject({ ok: false });
    expect(await holdQuestion(r, { id: ids.questionQ.id, hold: true })).toMatchObject({ ok: false });
    expect(await replyToTrigger(r, { id: ids.triggerP.id, text: "R replies" })).toMatchObject({ ok: false });
    expect(await saveTalkNote(r, { id: ids.talk.id, text: "R's note", visibility: "partner" })).toMatchObject({ ok: false });
    expect(await addFollowUp(r, { id: ids.talk.id, text: "R's follow-up" })).toMatchObject({ ok: false });
    expect(await getTalk(r, ids.talk.id)).toBeNull();
    expect(await getAgreement(r, ids.agreement.id)).toBeNull();
  });
});
