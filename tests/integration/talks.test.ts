import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PartnerContext } from "@/lib/server/access";
import { scheduleTalkAction, stopTalkRepeatAction } from "@/app/(app)/app/talks/actions";
import {
  acceptTalk,
  addFollowUp,
  cancelTalk,
  convertFollowUp,
  endTalk,
  pauseTalk,
  rescheduleTalk,
  saveTalkNote,
  scheduleTalk,
  startTalk,
  stepTalk,
  stopTalkRepeat,
} from "@/lib/server/talks/write";
import { getTalk, listTalks, nextRepeatingStateOfUs } from "@/lib/server/talks/read";
import { leaveCouple } from "@/lib/server/departure/leave";
import { talkingItThroughSummary } from "@/lib/server/talking-it-through";
import { askQuestion } from "@/lib/server/questions/write";
import { logTrigger } from "@/lib/server/triggers/write";
import { listCommitments } from "@/lib/server/commitments/read";
import { listAgreements } from "@/lib/server/agreements/read";
import { getTherapistView } from "@/lib/server/share/therapist-view";
import { talkSteps } from "@/lib/talks/steps";
import { talkingItThroughContent } from "@/lib/content/talking-it-through";
import { TALK_MESSAGES as M, TALK_NOTE_MAX, TALK_NOT_FOUND, type ScheduleTalkInput } from "@/lib/validation/talk";
import { therapistFor, db, invite, makeCouple, makeUser, partnerOf, takeSafetyChecks } from "./factories";
import { createCouple } from "@/lib/server/couples/couple";
import { acceptInvite } from "@/lib/server/couples/invites";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

const NOW = new Date("2026-11-25T12:00:00Z");

const talk = (over: Partial<ScheduleTalkInput> = {}): ScheduleTalkInput => ({
  template: "",
  topic: "How this week has felt",
  recurEveryDays: 0,
  date: "2026-12-01",
  time: "19:30",
  timeZone: "Europe/Berlin",
  minutes: 45,
  ...over,
});

async function schedule(ctx: PartnerContext, over: Partial<ScheduleTalkInput> = {}) {
  const res = await scheduleTalk(ctx, talk(over), NOW);
  if (!res.ok) throw new Error(`setup: ${JSON.stringify(res)}`);
  return res.data.id;
}

async function live(a: PartnerContext, b: PartnerContext, over: Partial<ScheduleTalkInput> = {}) {
  const id = await schedule(a, over);
  expect(await acceptTalk(b, { id }, NOW)).toMatchObject({ ok: true });
  expect(await startTalk(b, { id }, NOW)).toMatchObject({ ok: true });
  return id;
}

describe("scheduling across time zones", () => {
  it("stores the moment the proposer chose on their clock, which the partner reads on theirs", async () => {
    const { a, b } = await makeCouple();
    const id = await schedule(a, { date: "2026-12-01", time: "19:30", timeZone: "Europe/Berlin" });
    const seen = await getTalk(b, id);
    expect(seen?.startsAt.toISOString()).toBe("2026-12-01T18:30:00.000Z");
    expect(seen?.timeZone).toBe("Europe/Berlin");
    expect(seen?.awaitingId).toBe(b.userId);
    // B, in Auckland, suggests 08:00 on 2 Dec on their clock: 19:00 UTC on 1 Dec.
    expect(
      await rescheduleTalk(b, { id, date: "2026-12-02", time: "08:00", timeZone: "Pacific/Auckland", minutes: 30 }, NOW),
    ).toMatchObject({ ok: true });
    const moved = await getTalk(a, id);
    expect(moved).toMatchObject({ status: "proposed", awaitingId: a.userId, timeZone: "Pacific/Auckland", minutes: 30 });
    expect(moved?.startsAt.toISOString()).toBe("2026-12-01T19:00:00.000Z");
    expect(await acceptTalk(b, { id }, NOW)).toMatchObject({ ok: false, formError: M.notAwaiting });
    expect(await acceptTalk(a, { id }, NOW)).toMatchObject({ ok: true });
    expect((await getTalk(b, id))?.status).toBe("accepted");
  });

  it("refuses a time the clocks skip in that zone, and a time already past there", async () => {
    const { a } = await makeCouple();
    expect(await scheduleTalk(a, talk({ date: "2027-03-14", time: "02:30", timeZone: "America/New_York" }), NOW)).toEqual({
      ok: false,
      fieldErrors: { time: [M.skipped] },
    });
    // 12:30 on 25 Nov in Berlin is 11:30 UTC: half an hour before "now".
    expect(await scheduleTalk(a, talk({ date: "2026-11-25", time: "12:30", timeZone: "Europe/Berlin" }), NOW)).toEqual({
      ok: false,
      fieldErrors: { time: [M.past] },
    });
    // The same wall-clock time in New York is still ahead.
    expect(await scheduleTalk(a, talk({ date: "2026-11-25", time: "12:30", timeZone: "America/New_York" }), NOW)).toMatchObject({
      ok: true,
    });
    expect(await db.talk.count({ where: { coupleId: a.coupleId } })).toBe(1);
  });
});

describe("answering a proposal", () => {
  it("a talk proposed before the other partner joined can be answered by them once they have", async () => {
    const alex = await makeUser("Alex");
    const created = await createCouple(alex, { name: "Alex & Sam", side: "involved" });
    if (!created.ok) throw new Error("setup");
    const a = partnerOf(alex, created.coupleId, "involved");
    const id = await schedule(a);
    expect((await getTalk(a, id))?.awaitingId).toBeNull();
    expect(await acceptTalk(a, { id }, NOW)).toMatchObject({ ok: false, formError: M.notAwaiting });
    const sam = await makeUser("Sam");
    const joined = await acceptInvite(sam, (await invite(a)).token);
    if (!joined.ok) throw new Error("setup");
    expect(await acceptTalk(partnerOf(sam, created.coupleId), { id }, NOW)).toMatchObject({ ok: true });
  });

  it("a proposal whose time passed unanswered can't be accepted, but either partner can move it", async () => {
    const { a, b } = await makeCouple();
    const id = await schedule(a, { date: "2026-11-26", time: "10:00", timeZone: "UTC" });
    const later = new Date("2026-11-27T00:00:00Z");
    expect(await acceptTalk(b, { id }, later)).toMatchObject({ ok: false, formError: M.past });
    expect(await rescheduleTalk(a, { id, date: "2026-11-28", time: "10:00", timeZone: "UTC", minutes: 45 }, later)).toMatchObject({
      ok: true,
    });
    expect(await acceptTalk(b, { id }, later)).toMatchObject({ ok: true });
    expect((await getTalk(a, id))?.startsAt.toISOString()).toBe("2026-11-28T10:00:00.000Z");
  });
});

describe("bad input", () => {
  it("overlapping talks are refused, whoever's clock they were set on; back-to-back is fine", async () => {
    const { a, b } = await makeCouple();
    await schedule(a, { date: "2026-12-01", time: "19:30", timeZone: "Europe/Berlin", minutes: 60 });
    // 13:00 in New York is 18:00 UTC = 19:00 Berlin: runs into the 19:30 talk.
    const res = await scheduleTalk(b, talk({ date: "2026-12-01", time: "13:00", timeZone: "America/New_York", minutes: 45 }), NOW);
    expect(res).toMatchObject({ ok: false, fieldErrors: { time: [expect.stringMatching(/already have a talk planned then/)] } });
    expect(await db.talk.count({ where: { coupleId: a.coupleId } })).toBe(1);
    expect(await scheduleTalk(b, talk({ date: "2026-12-01", time: "20:30", timeZone: "Europe/Berlin" }), NOW)).toMatchObject({ ok: true });
    expect(await scheduleTalk(b, talk({ date: "2026-12-01", time: "18:45", timeZone: "Europe/Berlin" }), NOW)).toMatchObject({ ok: true });
  });

  it("a called-off talk frees its slot", async () => {
    const { a, b } = await makeCouple();
    const id = await schedule(a);
    expect(await cancelTalk(b, { id })).toMatchObject({ ok: true });
    expect(await scheduleTalk(b, talk(), NOW)).toMatchObject({ ok: true });
  });

  it("through the action: missing topic, bad time, bad zone, length out of range and recurrence on an open talk get field errors", async () => {
    const { a, b } = await makeCouple();
    await takeSafetyChecks(a, b);
    signInAs(a);
    const good = { template: "", topic: "Us", date: "2027-01-10", time: "18:00", timeZone: "Europe/Berlin", minutes: "45" };
    const cases: [Record<string, string>, string][] = [
      [{ topic: "" }, "topic"],
      [{ time: "25:00" }, "time"],
      [{ date: "2027-02-30" }, "date"],
      [{ timeZone: "Mars/Olympus" }, "timeZone"],
      [{ minutes: "5" }, "minutes"],
      [{ minutes: "600" }, "minutes"],
      [{ recurEveryDays: "7" }, "recurEveryDays"],
      [{ template: "state-of-us", recurEveryDays: "21" }, "recurEveryDays"],
      [{ template: "state-of-us", recurEveryDays: "on" }, "recurEveryDays"],
      [{ date: "2026-01-01" }, "time"],
    ];
    for (const [change, field] of cases) {
      const res = await scheduleTalkAction(null, form({ ...good, ...change }));
      expect(res.ok, JSON.stringify(change)).toBe(false);
      expect(Object.keys(res.ok ? {} : res.fieldErrors), JSON.stringify(change)).toContain(field);
    }
    expect(await db.talk.count({ where: { coupleId: a.coupleId } })).toBe(0);
    expect(await scheduleTalkAction(null, form({ ...good, template: "state-of-us", topic: "", recurEveryDays: "14" }))).toMatchObject({
      ok: true,
    });
    expect(await db.talk.findFirst({ where: { coupleId: a.coupleId }, select: { topic: true, recurEveryDays: true } })).toEqual({
      topic: "State of us",
      recurEveryDays: 14,
    });
  });

  it("an oversized note is refused with a field error; another couple can't touch the talk", async () => {
    const { a, b } = await makeCouple();
    const other = await makeCouple(["Jo", "Kim"]);
    const id = await live(a, b);
    for (const fn of [acceptTalk, startTalk, cancelTalk, endTalk])
      expect(await fn(other.a, { id })).toMatchObject({ ok: false, formError: TALK_NOT_FOUND });
    expect(await stepTalk(other.a, { id, from: 0, to: 1 })).toMatchObject({ ok: false, formError: TALK_NOT_FOUND });
    expect(await saveTalkNote(other.a, { id, text: "Crossing", visibility: "partner" })).toMatchObject({
      ok: false,
      formError: TALK_NOT_FOUND,
    });
    expect(await getTalk(other.a, id)).toBeNull();
    signInAs(a);
    const { saveTalkNoteAction } = await import("@/app/(app)/app/talks/actions");
    expect(await saveTalkNoteAction(null, form({ id, text: "x".repeat(TALK_NOTE_MAX + 1), visibility: "private" }))).toMatchObject({
      ok: false,
      fieldErrors: { text: [expect.stringMatching(/too long/)] },
    });
    expect(await db.talkNote.count({ where: { talkId: id } })).toBe(0);
    expect((await getTalk(a, id))?.status).toBe("live");
  });
});

describe("a talk in progress", () => {
  it("walks the turns one step at a time; a stale or paused page can't move it", async () => {
    const { a, b } = await makeCouple();
    const id = await live(a, b);
    const steps = talkSteps("", talkingItThroughContent());
    expect(steps.map((s) => s.kind)).toEqual(["speak", "reflect", "speak", "reflect", "close"]);
    expect(await stepTalk(a, { id, from: 0, to: 1 })).toEqual({ ok: true, data: { step: 1 } });
    expect(await stepTalk(b, { id, from: 0, to: 1 })).toMatchObject({ ok: false, formError: M.stepMoved });
    expect(await pauseTalk(b, { id, pause: true }, NOW)).toMatchObject({ ok: true });
    expect(await stepTalk(a, { id, from: 1, to: 2 })).toMatchObject({ ok: false, formError: M.paused });
    expect((await getTalk(a, id))?.pausedAt?.toISOString()).toBe(NOW.toISOString());
    expect(await pauseTalk(a, { id, pause: false })).toMatchObject({ ok: true });
    for (let s = 1; s < steps.length - 1; s++)
      expect(await stepTalk(s % 2 ? b : a, { id, from: s, to: s + 1 })).toMatchObject({ ok: true });
    expect(await stepTalk(a, { id, from: steps.length - 1, to: steps.length })).toMatchObject({ ok: false });
    expect(await endTalk(a, { id })).toMatchObject({ ok: true, data: { nextId: null } });
    const done = await getTalk(b, id);
    expect(done).toMatchObject({ status: "done", step: steps.length - 1 });
    expect((await listTalks(b)).past.map((t) => t.id)).toEqual([id]);
  });

  it("notes are private by default: the partner sees them only when shared, a therapist only when saved for one", async () => {
    const { a, b } = await makeCouple();
    const id = await live(a, b);
    await endTalk(a, { id });
    await saveTalkNote(a, { id, text: "A: just for me", visibility: "private" });
    await saveTalkNote(b, { id, text: "B: for us both", visibility: "partner" });
    await saveTalkNote(b, { id, text: "B: for the therapist", visibility: "therapist" });
    expect(await db.talkNote.count({ where: { talkId: id } })).toBe(2);
    expect((await getTalk(a, id))?.notes.map((n) => n.text)).toEqual(["A: just for me", "B: for the therapist"]);
    await saveTalkNote(b, { id, text: "B: for us both", visibility: "partner" });
    expect((await getTalk(a, id))?.notes.map((n) => n.text)).toEqual(["A: just for me", "B: for us both"]);
    expect((await getTalk(b, id))?.notes.map((n) => n.text)).toEqual(["B: for us both"]);
    await saveTalkNote(a, { id, text: "A: for the session", visibility: "therapist" });
    const t = await therapistFor(a, ["talks"]);
    const view = await getTherapistView(t);
    expect(view.talks?.past.map((x) => [x.topic, x.notes.map((n) => n.text), x.followUps])).toEqual([
      ["How this week has felt", ["A: for the session"], []],
    ]);
    expect(JSON.stringify(view)).not.toContain("B: for us both");
    const none = await therapistFor(a, ["progress"]);
    expect(await listTalks(none)).toEqual({ upcoming: [], past: [] });
    expect((await getTherapistView(none)).talks).toBeNull();
  });

  it("a follow-up becomes a commitment or an agreement proposal through those modules, once", async () => {
    const { a, b } = await makeCouple();
    const id = await live(a, b);
    const one = await addFollowUp(a, { id, text: "Phones away at dinner" });
    const two = await addFollowUp(b, { id, text: "I'll text if I'm running late" });
    if (!one.ok || !two.ok) throw new Error("setup");
    expect(await convertFollowUp(b, { id: two.data.id, into: "commitment", cadence: "as-needed", timeZone: "UTC" })).toMatchObject({
      ok: true,
    });
    expect(await convertFollowUp(a, { id: two.data.id, into: "agreement", cadence: "as-needed", timeZone: "UTC" })).toMatchObject({
      ok: false,
      formError: M.converted,
    });
    expect(await convertFollowUp(a, { id: one.data.id, into: "agreement", cadence: "as-needed", timeZone: "UTC" })).toMatchObject({
      ok: true,
    });
    const commitments = await listCommitments(a);
    expect(commitments.map((c) => [c.what, c.ownerId])).toEqual([["I'll text if I'm running late", b.userId]]);
    const agreements = await listAgreements(b);
    expect(agreements.map((x) => x.status)).toEqual(["proposed"]);
    const followUps = (await getTalk(a, id))?.followUps;
    expect(followUps?.map((f) => [f.text, f.became, f.becameId !== ""])).toEqual([
      ["Phones away at dinner", "agreement", true],
      ["I'll text if I'm running late", "commitment", true],
    ]);
  });

  it("a weekly state of us schedules the next one a week later at the same local time, across a clock change", async () => {
    const { a, b } = await makeCouple();
    // 24 Oct 2026 in Berlin is summer time (UTC+2); 31 Oct is winter time (UTC+1).
    const id = await live(a, b, { template: "state-of-us", topic: "State of us", recurEveryDays: 7, date: "2026-12-05", time: "10:00" });
    await db.talk.update({ where: { id }, data: { startsAt: new Date("2026-10-24T08:00:00Z") } });
    const ended = await endTalk(a, { id }, new Date("2026-10-24T09:00:00Z"));
    if (!ended.ok || !ended.data.nextId) throw new Error("no next talk");
    const next = await getTalk(b, ended.data.nextId);
    expect(next).toMatchObject({ status: "accepted", recurEveryDays: 7, template: "state-of-us", timeZone: "Europe/Berlin" });
    expect(next?.startsAt.toISOString()).toBe("2026-10-31T09:00:00.000Z");
    expect(talkSteps("state-of-us", talkingItThroughContent())).toHaveLength(17);
  });
});

describe("a state of us every two weeks (issue 23 §1)", () => {
  const stateOfUs = { template: "state-of-us", topic: "State of us", recurEveryDays: 14 } as const;

  /** A live fortnightly state of us that began at `startsAt`; ends it at `endAt` and returns the next one. */
  async function endFortnightly(startsAt: string, endAt: string) {
    const { a, b } = await makeCouple();
    const id = await live(a, b, { ...stateOfUs, date: "2026-12-05", time: "10:00" });
    await db.talk.update({ where: { id }, data: { startsAt: new Date(startsAt) } });
    const ended = await endTalk(b, { id }, new Date(endAt));
    if (!ended.ok || !ended.data.nextId) throw new Error(`no next talk: ${JSON.stringify(ended)}`);
    return { a, b, next: await getTalk(a, ended.data.nextId) };
  }

  it("ending one plans the next two weeks later at the same time in Berlin, across the autumn clock change", async () => {
    // 17 Oct 2026, 10:00 in Berlin is summer time (08:00 UTC); 31 Oct, after the change on 25 Oct, is winter time (09:00 UTC).
    const { next } = await endFortnightly("2026-10-17T08:00:00Z", "2026-10-17T08:50:00Z");
    expect(next).toMatchObject({ status: "accepted", recurEveryDays: 14, template: "state-of-us", timeZone: "Europe/Berlin", minutes: 45 });
    expect(next?.startsAt.toISOString()).toBe("2026-10-31T09:00:00.000Z");
  });

  it("a talk held says it repeats only while the series goes on: after the next one stops repeating, it no longer does", async () => {
    const { a, b } = await makeCouple();
    const id = await live(a, b, { ...stateOfUs, date: "2026-12-05", time: "10:00" });
    const ended = await endTalk(a, { id }, new Date("2026-12-05T09:50:00Z"));
    if (!ended.ok || !ended.data.nextId) throw new Error("no next talk");
    expect((await getTalk(b, id))?.recurEveryDays).toBe(14);
    expect(await stopTalkRepeat(b, { id: ended.data.nextId })).toMatchObject({ ok: true });
    expect((await getTalk(b, id))?.recurEveryDays).toBe(0);
    expect((await getTalk(a, ended.data.nextId))?.recurEveryDays).toBe(0);
  });

  it("and across the spring clock change", async () => {
    // 20 Mar 2027, 10:00 in Berlin is winter time (09:00 UTC); 3 Apr, after the change on 28 Mar, is summer time (08:00 UTC).
    const { next } = await endFortnightly("2027-03-20T09:00:00Z", "2027-03-20T09:50:00Z");
    expect(next?.startsAt.toISOString()).toBe("2027-04-03T08:00:00.000Z");
    expect(next?.recurEveryDays).toBe(14);
  });

  it("when the slot two weeks on is taken, the next one goes four weeks on, still at the same local time", async () => {
    const { a, b } = await makeCouple();
    const id = await live(a, b, { ...stateOfUs, date: "2026-12-05", time: "10:00" });
    await schedule(a, { date: "2026-12-19", time: "10:15", minutes: 30 });
    const ended = await endTalk(a, { id }, new Date("2026-12-05T09:50:00Z"));
    if (!ended.ok || !ended.data.nextId) throw new Error("no next talk");
    expect((await getTalk(a, ended.data.nextId))?.startsAt.toISOString()).toBe("2027-01-02T09:00:00.000Z");
  });

  it("either partner can stop it repeating: the planned one stays, and ending it plans nothing more", async () => {
    const { a, b } = await makeCouple();
    const first = await schedule(a, { ...stateOfUs, date: "2026-12-05", time: "10:00" });
    const second = await live(a, b, { ...stateOfUs, date: "2026-12-12", time: "10:00" });
    expect(await stopTalkRepeat(b, { id: first })).toMatchObject({ ok: true });
    expect(await getTalk(a, first)).toMatchObject({ status: "proposed", recurEveryDays: 0 });
    expect(await stopTalkRepeat(a, { id: first })).toMatchObject({ ok: false, formError: M.notRepeating });
    expect(await stopTalkRepeat(a, { id: second })).toMatchObject({ ok: true });
    expect(await endTalk(b, { id: second }, NOW)).toMatchObject({ ok: true, data: { nextId: null } });
    expect(await stopTalkRepeat(a, { id: second })).toMatchObject({ ok: false, formError: M.closed });
    expect(await db.talk.count({ where: { coupleId: a.coupleId } })).toBe(2);
    const events = await db.auditEvent.findMany({
      where: { coupleId: a.coupleId, action: "talk.repeat-stopped" },
      select: { actorId: true },
    });
    expect(events.map((e) => e.actorId).sort()).toEqual([a.userId, b.userId].sort());
  });

  it("another couple can't stop it repeating, nor see it, directly or through the action", async () => {
    const { a } = await makeCouple();
    const other = await makeCouple(["Jo", "Kim"]);
    const id = await schedule(a, { ...stateOfUs, date: "2026-12-05", time: "10:00" });
    expect(await stopTalkRepeat(other.a, { id })).toMatchObject({ ok: false, formError: TALK_NOT_FOUND });
    signInAs(other.b);
    expect(await stopTalkRepeatAction(null, form({ id }))).toMatchObject({ ok: false, formError: TALK_NOT_FOUND });
    expect(await db.talk.findUnique({ where: { id }, select: { recurEveryDays: true, status: true } })).toEqual({
      recurEveryDays: 14,
      status: "proposed",
    });
    expect(await nextRepeatingStateOfUs(other.a)).toBeNull();
    expect(await nextRepeatingStateOfUs(a)).toMatchObject({ id, recurEveryDays: 14, status: "proposed" });
  });

  it("a bad rhythm through the action is a field error, and an existing talk is left as it was", async () => {
    const { a, b } = await makeCouple();
    await takeSafetyChecks(a, b);
    const id = await schedule(a, { ...stateOfUs, date: "2026-12-05", time: "10:00" });
    signInAs(a);
    const good = { template: "state-of-us", topic: "", date: "2027-01-10", time: "18:00", timeZone: "Europe/Berlin", minutes: "45" };
    for (const bad of ["1", "21", "-7", "7.0", "fortnight"]) {
      const res = await scheduleTalkAction(null, form({ ...good, recurEveryDays: bad }));
      expect(res, bad).toMatchObject({ ok: false, fieldErrors: { recurEveryDays: [expect.stringMatching(/every two weeks/)] } });
    }
    expect(await db.talk.findMany({ where: { coupleId: a.coupleId }, select: { id: true, recurEveryDays: true } })).toEqual([
      { id, recurEveryDays: 14 },
    ]);
  });

  it("when a partner leaves, a repeating talk is called off and stops repeating", async () => {
    const { a, b } = await makeCouple();
    const id = await schedule(a, { ...stateOfUs, date: "2026-12-05", time: "10:00" });
    expect(await leaveCouple(b, { shared: "keep" })).toMatchObject({ ok: true });
    expect(await db.talk.findUnique({ where: { id }, select: { recurEveryDays: true, status: true } })).toEqual({
      recurEveryDays: 0,
      status: "cancelled",
    });
    expect(await nextRepeatingStateOfUs(a)).toBeNull();
  });
});

describe("the dashboard summary", () => {
  it("counts what waits for this partner only, in this couple only", async () => {
    const { a, b } = await makeCouple();
    const other = await makeCouple(["Jo", "Kim"]);
    await schedule(a, { date: "2026-12-01" });
    await askQuestion(b, { text: "Waiting for Alex", repeatOf: null });
    await logTrigger(b, { what: "A song", intensity: 3, note: "", noteVisibility: "private", timeZone: "UTC" });
    await schedule(other.a, { date: "2026-12-02" });
    await askQuestion(other.b, { text: "Another couple", repeatOf: null });
    expect(await talkingItThroughSummary(a, NOW)).toMatchObject({ talksToAnswer: 0, questionsToAnswer: 1, triggersToReply: 1 });
    expect(await talkingItThroughSummary(b, NOW)).toMatchObject({ talksToAnswer: 1, questionsToAnswer: 0, triggersToReply: 0 });
  });

  it("names the earliest accepted talk as the next one, never a proposal that starts sooner, and counts the proposals apart", async () => {
    const { a, b } = await makeCouple();
    const soonProposed = await schedule(a, { date: "2026-11-28", topic: "Only proposed" });
    const accepted = await schedule(b, { date: "2026-12-03", topic: "Agreed on" });
    expect(await acceptTalk(a, { id: accepted }, NOW)).toMatchObject({ ok: true });
    await schedule(a, { date: "2026-12-10", topic: "Later, proposed" });

    const forB = await talkingItThroughSummary(b, NOW);
    expect(forB.talksToAnswer).toBe(2);
    expect(forB.nextTalk).toMatchObject({ id: accepted, topic: "Agreed on", status: "accepted" });
    expect(forB.nextTalk?.id).not.toBe(soonProposed);
    expect(await talkingItThroughSummary(a, NOW)).toMatchObject({ talksToAnswer: 0, nextTalk: { id: accepted } });
  });
});
