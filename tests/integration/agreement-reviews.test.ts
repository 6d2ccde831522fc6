import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reloadEnvForTests } from "@/lib/server/env";
import { getAgreement, listAgreements } from "@/lib/server/agreements/read";
import { getTherapistView } from "@/lib/server/share/therapist-view";
import { acceptVersion, amendAgreement, proposeAgreement, reaffirmAgreement, requestRetirement } from "@/lib/server/agreements/write";
import { queueReviewReminders } from "@/lib/server/reminders/agreement-reviews";
import { REVIEW_SUBJECT, sendQueuedMail } from "@/lib/server/email/queue";
import { updateCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { pauseJointWork, resumeJointWork } from "@/lib/server/safety/write";
import { myMailPrefs, setMailPrefs } from "@/lib/server/couples/mail-prefs";
import { POST as unsubscribe } from "@/app/unsubscribe/[token]/route";
import type { PartnerContext } from "@/lib/server/access";
import type { AgreementDraft } from "@/lib/validation/agreement";
import { db, makeCouple, therapistFor } from "./factories";
import { header, plainText, startMailbox, type Mailbox, type Received } from "../support/mailbox";

/** A couple who both switched on the mail about joint work (it is off until each partner chooses it). */
async function mailingCouple(names?: [string, string]) {
  const couple = await makeCouple(names);
  for (const partner of [couple.a, couple.b]) await setMailPrefs(partner, { reviewEmail: true, talkEmail: true });
  return couple;
}

// Agreement reviews (issue 23 §2) on a controlled clock: the reminder a few days before goes to
// both partners through a real SMTP server, once; on the day the agreement is due for review; each
// partner's answer (keep, propose a change, propose retiring) is a row in its history; both
// keeping it sets the next review. A transparency agreement is reviewed at the end of its period.

let mailbox: Mailbox;
let inbox: Received[];
const APP = "https://mend.example.org";
const savedEnv = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  mailbox = await startMailbox();
  inbox = mailbox.inbox;
  process.env.SMTP_URL = mailbox.url;
  process.env.NEXTAUTH_URL = APP;
  reloadEnvForTests();
});

afterAll(async () => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  reloadEnvForTests();
  await mailbox.close();
});

beforeEach(() => {
  inbox.length = 0;
});

const SECRET_TITLE = "Phone-open-xyz";
const SECRET_TEXT = "My phone stays unlocked on the kitchen table-qrs";

const draft = (over: Partial<AgreementDraft> = {}): AgreementDraft => ({
  title: SECRET_TITLE,
  text: SECRET_TEXT,
  category: "communication",
  scope: "",
  reviewAt: null,
  endsAt: null,
  ...over,
});

async function inForce(a: PartnerContext, b: PartnerContext, over: Partial<AgreementDraft>) {
  const res = await proposeAgreement(a, draft(over));
  if (!res.ok) throw new Error(JSON.stringify(res));
  expect(await acceptVersion(b, { id: res.data.id, version: 1 })).toMatchObject({ ok: true });
  return res.data.id;
}

/** One scheduler tick at `now`: queue what is due, then send the queue. */
async function tick(now: Date) {
  const queued = await queueReviewReminders(now);
  return { queued, ...(await sendQueuedMail(now)) };
}

const decisions = async (id: string) =>
  (
    await db.agreementDecision.findMany({
      where: { agreementId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    })
  ).map((d) => `${d.action}:${d.actorId}`);

describe("agreement reviews", () => {
  it("reminds both partners three days before, in each one's time zone, once, naming nothing; due on the day; both keeping it sets the next review", async () => {
    const { a, b } = await mailingCouple(["Alexandra", "Samuel"]);
    await updateCheckInPrefs(b, { timeZone: "America/New_York", scoresPrivate: false, reminderEmail: false, reminderHour: 20 });
    const id = await inForce(a, b, { reviewAt: new Date("2027-03-20T12:00:00Z") });

    // Four days before: nothing.
    expect(await tick(new Date("2027-03-16T10:00:00Z"))).toMatchObject({ queued: 0, sent: 0 });
    // Three days before, 09:00 in UTC (a's zone): a's reminder; in New York it is 05:00, not yet.
    expect(await tick(new Date("2027-03-17T09:00:00Z"))).toMatchObject({ queued: 1, sent: 1 });
    expect(inbox.map((m) => m.to)).toEqual([[a.email]]);
    // 09:00 in New York: b's.
    expect(await tick(new Date("2027-03-17T13:00:00Z"))).toMatchObject({ queued: 1, sent: 1 });
    expect(inbox.map((m) => m.to)).toEqual([[a.email], [b.email]]);
    // Later runs, on any instance, send nothing more for this review date.
    expect(await tick(new Date("2027-03-18T13:00:00Z"))).toMatchObject({ queued: 0, claimed: 0 });
    expect(await tick(new Date("2027-03-19T20:00:00Z"))).toMatchObject({ queued: 0, claimed: 0 });
    expect(inbox).toHaveLength(2);

    for (const mail of inbox) {
      const body = plainText(mail.raw);
      expect(body).toMatch(new RegExp(`^Subject: ${REVIEW_SUBJECT}\\r?$`, "m"));
      expect(header(mail.raw, "List-Unsubscribe")).toMatch(/^<https:\/\/mend\.example\.org\/unsubscribe\/[A-Za-z0-9_-]{43}>$/);
      expect(header(mail.raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      expect(body).toContain(`${APP}/app/agreements`);
      // Nothing private: not the agreement, not a name.
      for (const secret of [SECRET_TITLE, "Phone", "unlocked", "Alexandra", "Samuel", id]) {
        expect(body.replace(/^To: .*$/m, "")).not.toContain(secret);
      }
    }

    // The day before: not due. On the day: due for review, for both.
    expect((await listAgreements(a, new Date("2027-03-19T12:00:00Z")))[0]?.due).toBe(false);
    const day = new Date("2027-03-20T12:00:00Z");
    expect((await listAgreements(a, day))[0]?.due).toBe(true);
    expect((await listAgreements(b, day))[0]?.due).toBe(true);

    // Each answer is a row in the history; both keeping it: reaffirmed, next review three months on.
    expect(await reaffirmAgreement(a, { id }, day)).toMatchObject({ ok: true, data: { both: false } });
    expect((await getAgreement(b, id, day))?.due).toBe(true);
    expect(await reaffirmAgreement(b, { id }, day)).toMatchObject({ ok: true, data: { both: true } });
    const after = await getAgreement(a, id, day);
    expect(after?.due).toBe(false);
    expect(after?.reviewAt?.toISOString()).toBe("2027-06-20T12:00:00.000Z");
    expect(await decisions(id)).toEqual([`accepted:${b.userId}`, `reaffirmed:${a.userId}`, `reaffirmed:${b.userId}`]);
    const timeline = after!.timeline.filter((t) => t.type === "decision").map((t) => (t.type === "decision" ? t.actorName : ""));
    expect(timeline).toEqual(["Samuel", "Alexandra", "Samuel"]);

    // The next review date brings its own reminder.
    expect(await tick(new Date("2027-06-17T09:30:00Z"))).toMatchObject({ queued: 1, sent: 1 });
  });

  it("falls due on the review day in each partner's own time zone, on the page and for keeping it", async () => {
    const { a, b } = await makeCouple();
    await updateCheckInPrefs(b, { timeZone: "Pacific/Auckland", scoresPrivate: false, reminderEmail: false, reminderHour: 20 });
    const id = await inForce(a, b, { reviewAt: new Date("2027-03-20T12:00:00Z") });
    // 12:00 UTC on the 19th is 01:00 on the 20th in Auckland: the review day has come for b, not for a.
    const early = new Date("2027-03-19T12:00:00Z");
    expect((await listAgreements(b, early))[0]?.due).toBe(true);
    expect((await getAgreement(b, id, early))?.due).toBe(true);
    expect((await listAgreements(a, early))[0]?.due).toBe(false);
    expect(await reaffirmAgreement(a, { id }, early)).toMatchObject({ ok: false });
    expect(await reaffirmAgreement(b, { id }, early)).toMatchObject({ ok: true, data: { both: false } });
    // 01:00 UTC on the 20th: a's day too, though noon UTC hasn't come.
    const aDay = new Date("2027-03-20T01:00:00Z");
    expect((await listAgreements(a, aDay))[0]?.due).toBe(true);
    expect(await reaffirmAgreement(a, { id }, aDay)).toMatchObject({ ok: true, data: { both: true } });
  });

  it("a therapist's 'since your last visit' names each version by its own title and a review kept by both once", async () => {
    const { a, b } = await makeCouple();
    const t = await therapistFor(a, ["agreements"]);
    await db.shareVisit.create({
      data: { coupleId: t.coupleId, shareLinkId: t.shareLinkId, device: "test", at: new Date(Date.now() - 2 * 3_600_000) },
    });
    const id = await inForce(a, b, { title: "Phones face up" });
    const amended = await amendAgreement(b, { ...draft({ title: "Phones face down" }), id, basedOn: 1 });
    if (!amended.ok) throw new Error(JSON.stringify(amended));
    expect(await acceptVersion(a, { id, version: amended.data.version })).toMatchObject({ ok: true });
    await db.agreement.update({ where: { id }, data: { reviewAt: new Date(Date.now() - 86_400_000) } });
    expect(await reaffirmAgreement(a, { id })).toMatchObject({ ok: true, data: { both: false } });
    expect(await reaffirmAgreement(b, { id })).toMatchObject({ ok: true, data: { both: true } });

    const since = (await getTherapistView(t)).since!;
    expect(since.agreements.map((x) => [x.title, x.action, x.versionNumber])).toEqual([
      ["Phones face up", "accepted", 1],
      ["Phones face down", "accepted", 2],
      ["Phones face down", "reaffirmed", 2],
    ]);
  });

  it("sends no review mail while joint work is paused, not even one queued before the pause", async () => {
    const { a, b } = await mailingCouple(["Alexandra", "Samuel"]);
    await inForce(a, b, { reviewAt: new Date("2027-03-20T12:00:00Z") });
    await inForce(a, b, { reviewAt: new Date("2027-03-25T12:00:00Z") });
    // Both partners' reminders for the first review are queued; then b pauses before the queue is sent.
    expect(await queueReviewReminders(new Date("2027-03-17T09:00:00Z"))).toBe(2);
    expect(await pauseJointWork(b)).toMatchObject({ ok: true });
    expect(await sendQueuedMail(new Date("2027-03-17T09:01:00Z"))).toMatchObject({ sent: 0 });
    // While paused, nothing is queued for the second review either.
    expect(await tick(new Date("2027-03-22T10:00:00Z"))).toMatchObject({ queued: 0, sent: 0 });
    expect(inbox).toHaveLength(0);
    // Lifted: the second review's reminders go out; the first review's dropped mail is never sent late.
    expect(await resumeJointWork(b)).toMatchObject({ ok: true });
    expect(await tick(new Date("2027-03-22T10:30:00Z"))).toMatchObject({ queued: 2, sent: 2 });
    expect(inbox).toHaveLength(2);
  });

  it("a change or retiring proposed at a review is recorded in the history; a change offers a new review date", async () => {
    const { a, b } = await mailingCouple();
    const id = await inForce(a, b, { reviewAt: new Date("2027-03-20T12:00:00Z") });
    const day = new Date("2027-03-21T08:00:00Z");
    expect(await reaffirmAgreement(a, { id }, day)).toMatchObject({ ok: true });
    // b proposes a change instead: a's "keep" is cleared, the change waits for a.
    expect(
      await amendAgreement(b, {
        ...draft({ text: "Phones stay in the hall", reviewAt: new Date("2027-06-21T12:00:00Z") }),
        id,
        basedOn: 1,
      }),
    ).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await getAgreement(a, id, day))?.reaffirmedBy).toBeNull();
    expect(await acceptVersion(a, { id, version: 2 })).toMatchObject({ ok: true });
    expect((await getAgreement(a, id, day))?.due).toBe(false);
    expect((await getAgreement(a, id, day))?.reviewAt?.toISOString()).toBe("2027-06-21T12:00:00.000Z");

    const other = await inForce(a, b, { reviewAt: new Date("2027-03-20T12:00:00Z") });
    expect(await requestRetirement(a, { id: other })).toMatchObject({ ok: true });
    const history = (await getAgreement(b, other, day))!.timeline;
    expect(history.map((t) => (t.type === "decision" ? t.action : t.version.kind))).toEqual(["proposal", "accepted", "retire-requested"]);

    const full = (await getAgreement(b, id, day))!.timeline;
    expect(full.map((t) => (t.type === "decision" ? t.action : t.version.kind))).toEqual([
      "proposal",
      "accepted",
      "reaffirmed",
      "amendment",
      "accepted",
    ]);
  });

  it("a transparency agreement is reviewed at the end of its agreed period, and reminded of before it", async () => {
    const { a, b } = await mailingCouple();
    const id = await inForce(a, b, {
      category: "transparency",
      scope: "Location sharing on both phones",
      endsAt: new Date("2027-05-01T12:00:00Z"),
    });
    expect((await db.agreement.findUniqueOrThrow({ where: { id }, select: { reviewAt: true } })).reviewAt?.toISOString()).toBe(
      "2027-05-01T12:00:00.000Z",
    );
    expect(await tick(new Date("2027-04-28T10:00:00Z"))).toMatchObject({ queued: 2, sent: 2 });
    const end = new Date("2027-05-01T13:00:00Z");
    expect((await listAgreements(a, end))[0]?.due).toBe(true);
    // Kept by both after its end: the next review is three months on, and it is no longer due.
    await reaffirmAgreement(a, { id }, end);
    await reaffirmAgreement(b, { id }, end);
    expect((await listAgreements(a, end))[0]).toMatchObject({ due: false });

    // With a review date after the end, the end still comes first.
    const later = await inForce(a, b, {
      category: "transparency",
      scope: "Bank statements open",
      reviewAt: new Date("2027-09-01T12:00:00Z"),
      endsAt: new Date("2027-07-01T12:00:00Z"),
    });
    // (Refused by the form: an end before the review; stored anyway by older versions.)
    expect((await db.agreement.findUniqueOrThrow({ where: { id: later }, select: { reviewAt: true } })).reviewAt?.toISOString()).toBe(
      "2027-07-01T12:00:00.000Z",
    );
  });

  it("each partner's switch is respected, and the mail's own link switches it off", async () => {
    const { a, b } = await makeCouple();
    // Off until each partner chooses it: an inbox can be shared, and the mail says Mend is used.
    expect(await myMailPrefs(a)).toEqual({ reviewEmail: false, talkEmail: false });
    expect(await myMailPrefs(b)).toEqual({ reviewEmail: false, talkEmail: false });
    await setMailPrefs(a, { reviewEmail: true, talkEmail: true });
    await setMailPrefs(b, { reviewEmail: false, talkEmail: true });
    const therapist = await therapistFor(a, ["agreements"]);
    await expect(setMailPrefs(therapist, { reviewEmail: false, talkEmail: false })).rejects.toThrow(/read-only/);
    await inForce(a, b, { reviewAt: new Date("2027-08-20T12:00:00Z") });
    expect(await tick(new Date("2027-08-18T10:00:00Z"))).toMatchObject({ queued: 1, sent: 1 });
    expect(inbox.map((m) => m.to)).toEqual([[a.email]]);

    const link = header(inbox[0]!.raw, "List-Unsubscribe")!.slice(1, -1);
    const token = link.split("/").pop()!;
    // A mail app's one-click unsubscribe: a POST with the RFC 8058 body, no cookie.
    const res = await unsubscribe(
      new Request(link, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
      { params: Promise.resolve({ token }) },
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Review emails are off");
    expect(await myMailPrefs(a)).toEqual({ reviewEmail: false, talkEmail: true });
    await inForce(a, b, { reviewAt: new Date("2027-09-20T12:00:00Z") });
    expect(await tick(new Date("2027-09-18T10:00:00Z"))).toMatchObject({ queued: 0, sent: 0 });
  });

  it("a partner who joined after an agreement was made gets no reminder about it, and another couple's never moves", async () => {
    const { a, b } = await mailingCouple();
    const other = await makeCouple(["Ola", "Pia"]);
    await inForce(a, b, { reviewAt: new Date("2027-10-20T12:00:00Z") });
    await db.membership.updateMany({ where: { userId: b.userId }, data: { sharedSince: new Date(Date.now() + 60_000) } });
    expect(await tick(new Date("2027-10-18T10:00:00Z"))).toMatchObject({ queued: 1, sent: 1 });
    expect(inbox.map((m) => m.to)).toEqual([[a.email]]);
    expect(await db.mailSend.count({ where: { coupleId: other.coupleId } })).toBe(0);
  });
});
