import { beforeEach, describe, expect, it, vi } from "vitest";
import * as stageActions from "@/app/(app)/app/stages/actions";
import * as agreementActions from "@/app/(app)/app/agreements/actions";
import * as commitmentActions from "@/app/(app)/app/commitments/actions";
import * as safetyActions from "@/app/(app)/app/safety/actions";
import type { PartnerContext, TherapistContext } from "@/lib/server/access";
import { createEntry } from "@/lib/server/entries/write";
import { listReadableEntries, listStageEntries, entryOverview } from "@/lib/server/entries/read";
import { getProgress, stageHistory } from "@/lib/server/journey/progress";
import { partnerFeed } from "@/lib/server/partner-feed";
import { getCouple } from "@/lib/server/couples/couple";
import { proposeAgreement } from "@/lib/server/agreements/write";
import { listAgreements } from "@/lib/server/agreements/read";
import { createCommitment, logCommitment } from "@/lib/server/commitments/write";
import { listCommitments } from "@/lib/server/commitments/read";
import { getTimeline } from "@/lib/server/check-ins/read";
import { createShareLink } from "@/lib/server/share/links";
import { resolveShareAccess } from "@/lib/server/share/resolve";
import { getTherapistView } from "@/lib/server/share/therapist-view";
import { jointPaused, myPause, mySafetyChecks, safetyCheckStatus } from "@/lib/server/safety/read";
import { pauseJointWork, resumeJointWork, takeSafetyCheck } from "@/lib/server/safety/write";
import { JOINT_PAUSED, SAFETY_ALL_NO, SAFETY_CHECK_FIRST, type SafetyAnswers } from "@/lib/validation/safety";
import { db, makeCouple } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

// Issue 13: the private safety check and the pause of joint work.

const CLEAR = SAFETY_ALL_NO;
const RED_FLAG: SafetyAnswers = { ...CLEAR, afraid: "sometimes" };
/** A red flag, with the pause chosen after the warning (as the form's "Pause joint exercises now"). */
const flag = (ctx: PartnerContext) => takeSafetyCheck(ctx, RED_FLAG, { confirmPause: true });

beforeEach(() => signInAs(null));

async function coupleWithWork() {
  const { coupleId, a, b } = await makeCouple();
  const statement = await createEntry(a, {
    stageSlug: "acknowledgment",
    exerciseKey: "accountability-statement",
    kind: "accountability",
    visibility: "therapist",
    body: { answers: ["I take full responsibility."] },
  });
  const agreement = await proposeAgreement(a, {
    title: "Phones",
    text: "Phones away at dinner.",
    category: "communication",
    scope: "",
    reviewAt: null,
    endsAt: null,
  });
  const commitment = await createCommitment(a, { what: "Text if late", cadence: "as-needed", timeZone: "UTC" });
  if (!statement.ok || !agreement.ok || !commitment.ok) throw new Error("setup");
  const log = await logCommitment(a, { id: commitment.data.id, outcome: "kept", note: "" });
  if (!log.ok) throw new Error("setup");
  const link = await createShareLink(a, {
    therapistName: "Dr. Rivera",
    scope: ["progress", "check-ins", "entries", "agreements", "commitments"],
    expiryDays: 30,
  });
  if (!link.ok) throw new Error("setup");
  const access = await resolveShareAccess(link.data.token, { key: `safety-${coupleId}`, userAgent: null });
  if (!access.ok) throw new Error("setup");
  return { coupleId, a, b, therapist: access.ctx, entryId: statement.data.id, agreementId: agreement.data.id, logId: log.data.id };
}

/** Forged joint requests a partner could send by hand, whatever the page shows. */
function jointRequests(w: Awaited<ReturnType<typeof coupleWithWork>>) {
  return [
    () => stageActions.respondAction(null, form({ entryId: w.entryId, verdict: "heard", questions: "" })),
    () => agreementActions.acceptVersionAction(null, form({ id: w.agreementId, version: "1" })),
    () => commitmentActions.reviewCommitmentLogAction(null, form({ id: w.logId, verdict: "confirmed", note: "" })),
    () =>
      stageActions.createEntryAction(
        null,
        form({ kind: "homework", stageSlug: "professional-help", visibility: "partner", text: "Read chapter 3 together" }),
      ),
  ];
}

describe("a red flag pauses joint work on the server", () => {
  it("refuses forged joint actions from both partners while individual work stays open; a clear retake lifts it", async () => {
    const w = await coupleWithWork();
    const flagged = await flag(w.b);
    expect(flagged).toEqual({ ok: true, data: { saved: true, paused: true, crisis: false, guidance: [] } });
    expect(await jointPaused(w.a)).toBe(true);

    const before = await Promise.all([
      db.entryResponse.count(),
      db.agreementDecision.count(),
      db.commitmentReview.count(),
      db.entry.count(),
    ]);
    for (const who of [w.a, w.b]) {
      signInAs(who);
      for (const request of jointRequests(w)) {
        expect(await request()).toEqual({ ok: false, fieldErrors: {}, formError: JOINT_PAUSED });
      }
    }
    expect(
      await Promise.all([db.entryResponse.count(), db.agreementDecision.count(), db.commitmentReview.count(), db.entry.count()]),
    ).toEqual(before);

    // Individual work is untouched: a private reflection still saves.
    signInAs(w.b);
    const reflection = await stageActions.createEntryAction(
      null,
      form({ kind: "reflection", stageSlug: "self-work", exerciseKey: "root-causes", visibility: "private", "answer-0": "Mine." }),
    );
    expect(reflection.ok, JSON.stringify(reflection)).toBe(true);

    // Only a new, clear check by the person who flagged lifts the pause.
    await expect(resumeJointWork(w.b)).resolves.toMatchObject({ ok: false });
    expect(await jointPaused(w.a)).toBe(true);
    await takeSafetyCheck(w.a, CLEAR);
    expect(await jointPaused(w.a)).toBe(true);
    await takeSafetyCheck(w.b, CLEAR);
    expect(await jointPaused(w.a)).toBe(false);
    signInAs(w.b);
    const answered = await stageActions.respondAction(null, form({ entryId: w.entryId, verdict: "heard", questions: "" }));
    expect(answered.ok, JSON.stringify(answered)).toBe(true);
  });

  it("asks each partner for the check before joint work, and again after four weeks; individual work never waits", async () => {
    const w = await coupleWithWork();
    const respond = () => stageActions.respondAction(null, form({ entryId: w.entryId, verdict: "heard", questions: "" }));
    signInAs(w.b);
    expect(await respond()).toEqual({ ok: false, fieldErrors: {}, formError: SAFETY_CHECK_FIRST });
    expect(await db.entryResponse.count({ where: { coupleId: w.coupleId } })).toBe(0);
    const reflection = await stageActions.createEntryAction(
      null,
      form({ kind: "reflection", stageSlug: "self-work", exerciseKey: "root-causes", visibility: "private", "answer-0": "Mine." }),
    );
    expect(reflection.ok).toBe(true);
    // The other partner's check doesn't count for this one.
    await takeSafetyCheck(w.a, CLEAR);
    expect(await respond()).toMatchObject({ formError: SAFETY_CHECK_FIRST });
    await takeSafetyCheck(w.b, CLEAR);
    expect(await respond()).toMatchObject({ ok: true });
    // Four weeks on, it is asked again before the next joint act.
    await db.safetyCheck.updateMany({ where: { userId: w.b.userId }, data: { takenAt: new Date(Date.now() - 29 * 86_400_000) } });
    expect(await respond()).toMatchObject({ formError: SAFETY_CHECK_FIRST });
  });

  it("either partner may pause without a reason; only they can lift their own pause", async () => {
    const w = await coupleWithWork();
    signInAs(w.a);
    expect(await safetyActions.pauseJointAction(null, form({}))).toMatchObject({ ok: true });
    expect(await jointPaused(w.b)).toBe(true);
    expect(await myPause(w.b)).toBeNull();
    expect(await myPause(w.a)).toMatchObject({ reason: "chosen" });
    signInAs(w.b);
    expect(await safetyActions.resumeJointAction(null, form({}))).toMatchObject({ ok: false });
    expect(await jointPaused(w.b)).toBe(true);
    signInAs(w.a);
    expect(await safetyActions.resumeJointAction(null, form({}))).toMatchObject({ ok: true });
    expect(await jointPaused(w.b)).toBe(false);
  });

  it("bad answers get a message per question and store nothing", async () => {
    const w = await coupleWithWork();
    signInAs(w.b);
    const result = await safetyActions.takeSafetyCheckAction(null, form({ afraid: "no", hurt: "maybe" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        hurt: ["Choose an answer to this question."],
        forced: ["Choose an answer to this question."],
        threatened: ["Choose an answer to this question."],
        isolated: ["Choose an answer to this question."],
        checks: ["Choose an answer to this question."],
        controlled: ["Choose an answer to this question."],
        "self-harm": ["Choose an answer to this question."],
      },
    });
    expect(await db.safetyCheck.count({ where: { coupleId: w.coupleId } })).toBe(0);
    expect(await jointPaused(w.a)).toBe(false);
  });

  it("a partner of another couple can't pause or lift this couple's joint work", async () => {
    const w = await coupleWithWork();
    const other = await makeCouple(["Jo", "Kim"]);
    await flag(other.a);
    expect(await jointPaused(w.a)).toBe(false);
    await pauseJointWork(w.a);
    // A forged context claiming this couple still writes only under its own user id.
    const forged: PartnerContext = { ...other.b, coupleId: w.coupleId };
    await resumeJointWork(forged);
    expect(await jointPaused(w.a)).toBe(true);
  });
});

describe("safety answers are readable only by the person who gave them", () => {
  /** Everything partner B and a therapist link can read, as one string. */
  async function whatOthersRead(b: PartnerContext, therapist: TherapistContext) {
    const reads = await Promise.all([
      getCouple(b),
      listReadableEntries(b, { since: new Date(0) }),
      listStageEntries(b, "acknowledgment"),
      entryOverview(b).then((o) => o.counts),
      getProgress(b),
      stageHistory(b, { since: new Date(0) }),
      partnerFeed(b, 50),
      listAgreements(b),
      listCommitments(b),
      getTimeline(b, 26),
      mySafetyChecks(b),
      myPause(b),
      safetyCheckStatus(b),
      // The therapist view carries the neutral pause flag (issue 23); checked on its own below.
      getTherapistView(therapist).then((view) => ({ ...view, jointPaused: undefined })),
    ]);
    return JSON.stringify(reads);
  }

  it("a partner and a therapist link read exactly the same before and after the other partner's checks, bar the neutral pause", async () => {
    const w = await coupleWithWork();
    const before = await whatOthersRead(w.b, w.therapist);
    const clear = await takeSafetyCheck(w.a, CLEAR);
    expect(clear.ok).toBe(true);
    expect(await whatOthersRead(w.b, w.therapist)).toBe(before);
    await flag(w.a);
    expect(await whatOthersRead(w.b, w.therapist)).toBe(before);
    expect(await jointPaused(w.b)).toBe(true);
    expect(await jointPaused(w.therapist)).toBe(true);
    expect((await getTherapistView(w.therapist)).jointPaused).toBe(true);

    // The author reads their own answers.
    const mine = await mySafetyChecks(w.a);
    expect(mine.map((c) => c.flagged)).toEqual([true, false]);
    expect(mine[0]!.answers).toMatchObject({ afraid: "sometimes" });
    expect(await mySafetyChecks(w.b)).toEqual([]);
  });

  it("the couple's history says only that joint work was paused: no actor, no safety check", async () => {
    const w = await coupleWithWork();
    await takeSafetyCheck(w.a, CLEAR);
    await flag(w.a);
    await flag(w.a);
    await takeSafetyCheck(w.a, CLEAR);
    const events = await db.auditEvent.findMany({
      where: { coupleId: w.coupleId, action: { startsWith: "joint." } },
      select: { action: true, actorId: true, subject: true },
      orderBy: { at: "asc" },
    });
    expect(events).toEqual([
      { action: "joint.paused", actorId: null, subject: "" },
      { action: "joint.resumed", actorId: null, subject: "" },
    ]);
    const all = await db.auditEvent.findMany({ where: { coupleId: w.coupleId }, select: { action: true } });
    expect(all.filter((e) => /safety/i.test(e.action))).toEqual([]);
  });
});
