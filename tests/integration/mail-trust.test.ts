import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { reloadEnvForTests } from "@/lib/server/env";
import { runDueReminders } from "@/lib/server/reminders/reminders";
import { runDueAnniversaryReminders } from "@/lib/server/reminders/anniversary";
import { TALK_SUBJECT, queueMail, sendQueuedMail } from "@/lib/server/email/queue";
import { safeToRetry } from "@/lib/server/email/send";
import { scheduleTalk } from "@/lib/server/talks/write";
import { updateCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { setAnniversaryReminder, setDiscoveredOn } from "@/lib/server/couples/anniversary";
import { myMailPrefs, setMailPrefs } from "@/lib/server/couples/mail-prefs";
import { POST as unsubscribe } from "@/app/unsubscribe/[token]/route";
import { db, makeCouple } from "./factories";
import { header, plainText, startMailbox, type Mailbox } from "../support/mailbox";

/** A couple who both switched on the mail about joint work (it is off until each partner chooses it). */
async function mailingCouple(names?: [string, string]) {
  const couple = await makeCouple(names);
  for (const partner of [couple.a, couple.b]) await setMailPrefs(partner, { reviewEmail: true, talkEmail: true });
  return couple;
}

// Mail people can trust (issue 23 §6), through real SMTP servers: every kind of mail someone can
// switch off carries List-Unsubscribe with one-click; its token works for 90 days and is then
// refused calmly; a server that refuses for now gets the mail again after a wait, delivered once;
// and no mail names the private thing it is about.

const APP = "https://mend.example.org";
const savedEnv = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
const open: Mailbox[] = [];

async function mailbox(options?: Parameters<typeof startMailbox>[0]) {
  const box = await startMailbox(options);
  open.push(box);
  process.env.SMTP_URL = box.url;
  reloadEnvForTests();
  return box;
}

beforeAll(() => {
  process.env.NEXTAUTH_URL = APP;
  reloadEnvForTests();
});
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});
afterAll(() => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  reloadEnvForTests();
});

const TOPIC = "Secret-topic-about-the-texts";
const talk = {
  template: "" as const,
  topic: TOPIC,
  recurEveryDays: 0 as const,
  date: "2027-01-20",
  time: "19:30",
  timeZone: "Europe/Berlin",
  minutes: 45,
};
const NOW = new Date("2027-01-10T12:00:00Z");

const post = (link: string, token: string) =>
  unsubscribe(
    new Request(link, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
    { params: Promise.resolve({ token }) },
  );
const tokenOf = (raw: string) => header(raw, "List-Unsubscribe")!.slice(1, -1);

describe("mail people can trust", () => {
  it("a proposed talk mails the other partner 'Your partner proposed a talk', never its topic, time or a name, with one-click unsubscribe", async () => {
    const box = await mailbox();
    const { a, b } = await mailingCouple(["Alexandra", "Samuel"]);
    expect(await scheduleTalk(a, talk, NOW)).toMatchObject({ ok: true });
    expect(await sendQueuedMail(NOW)).toMatchObject({ claimed: 1, sent: 1 });
    expect(box.inbox.map((m) => m.to)).toEqual([[b.email]]);
    const raw = box.inbox[0]!.raw;
    expect(header(raw, "Subject")).toBe(TALK_SUBJECT);
    expect(header(raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const body = plainText(raw).replace(/^To: .*$/m, "");
    for (const secret of [TOPIC, "Secret", "19:30", "Alexandra", "Samuel", "Berlin"]) expect(body).not.toContain(secret);
    expect(body).toContain(`${APP}/app/talks`);

    // One click in the mail app: talk mail off for b, nothing else changed.
    const link = tokenOf(raw);
    const res = await post(link, link.split("/").pop()!);
    expect(res.status).toBe(200);
    expect(await myMailPrefs(b)).toEqual({ reviewEmail: true, talkEmail: false });
    expect(await scheduleTalk(a, { ...talk, date: "2027-01-21" }, NOW)).toMatchObject({ ok: true });
    expect(await sendQueuedMail(NOW)).toMatchObject({ claimed: 0 });
    expect(box.inbox).toHaveLength(1);
  });

  it("check-in reminders and the anniversary reminder carry the same headers", async () => {
    const box = await mailbox();
    const { a, b } = await mailingCouple();
    await updateCheckInPrefs(a, { timeZone: "UTC", scoresPrivate: false, reminderEmail: true, reminderHour: 9 });
    await setDiscoveredOn(b, { discoveredOn: "2025-03-14" });
    await setAnniversaryReminder(b, { remind: true });
    await runDueReminders(new Date("2027-03-07T10:00:00Z"));
    await runDueAnniversaryReminders(new Date("2027-03-07T10:00:00Z"));
    expect(box.inbox.map((m) => m.to).sort()).toEqual([[a.email], [b.email]].sort());
    for (const mail of box.inbox) {
      expect(header(mail.raw, "List-Unsubscribe")).toMatch(/^<https:\/\/mend\.example\.org\/unsubscribe\/[A-Za-z0-9_-]{43}>$/);
      expect(header(mail.raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      expect(header(mail.raw, "List-Unsubscribe")).toBe(
        `<${plainText(mail.raw).match(/https:\/\/mend\.example\.org\/unsubscribe\/[\w-]+/)![0]}>`,
      );
    }
  });

  it("an unsubscribe token works for 90 days; an older one is refused with a calm page and changes nothing", async () => {
    const box = await mailbox();
    const { a, b } = await mailingCouple();
    await updateCheckInPrefs(a, { timeZone: "UTC", scoresPrivate: false, reminderEmail: true, reminderHour: 0 });
    const sentAt = new Date();
    await runDueReminders(sentAt);
    await scheduleTalk(a, talk, sentAt);
    await sendQueuedMail(sentAt);
    // Only this couple's mail: at real time of day, an earlier test's partner (reminder hour 9)
    // is due a check-in reminder too.
    const ours = box.inbox.filter((m) => m.to[0] === a.email || m.to[0] === b.email);
    expect(ours).toHaveLength(2);
    const [reminder, talkMail] = [ours.find((m) => m.to[0] === a.email)!, ours.find((m) => m.to[0] === b.email)!];

    // 91 days on (the claims are moved back, as time would).
    const old = new Date(sentAt.getTime() - 91 * 24 * 60 * 60 * 1000);
    await db.reminderSend.updateMany({ where: { userId: a.userId }, data: { claimedAt: old } });
    await db.mailSend.updateMany({ where: { userId: b.userId }, data: { claimedAt: old } });
    for (const mail of [reminder, talkMail]) {
      const link = tokenOf(mail.raw);
      const res = await post(link, link.split("/").pop()!);
      expect(res.status).toBe(410);
      const page = await res.text();
      expect(page).toContain("This link has expired");
      expect(page).toContain('href="/app/settings#email"');
      expect(page).toMatch(/Nothing was changed/);
    }
    expect((await db.checkInPrefs.findUniqueOrThrow({ where: { userId: a.userId } })).reminderEmail).toBe(true);
    expect(await myMailPrefs(b)).toEqual({ reviewEmail: true, talkEmail: true });

    // 89 days: still works.
    await db.mailSend.updateMany({
      where: { userId: b.userId },
      data: { claimedAt: new Date(sentAt.getTime() - 89 * 24 * 60 * 60 * 1000) },
    });
    const link = tokenOf(talkMail.raw);
    expect((await post(link, link.split("/").pop()!)).status).toBe(200);
    expect(await myMailPrefs(b)).toEqual({ reviewEmail: true, talkEmail: false });

    // The anniversary reminder's token: issued a week before the anniversary it was for.
    await setDiscoveredOn(a, { discoveredOn: "2025-03-14" });
    await setAnniversaryReminder(a, { remind: true });
    await runDueAnniversaryReminders(new Date("2027-03-07T10:00:00Z"));
    const anniversary = box.inbox.filter((m) => m.to[0] === a.email).at(-1)!;
    const annLink = tokenOf(anniversary.raw);
    const annToken = annLink.split("/").pop()!;
    // A year on: the token was issued a week before an anniversary more than 90 days ago.
    await db.membership.updateMany({ where: { userId: a.userId }, data: { anniversaryRemindedFor: "2026-03-14" } });
    expect((await post(annLink, annToken)).status).toBe(410);
    expect((await db.membership.findUniqueOrThrow({ where: { userId: a.userId } })).anniversaryReminder).toBe(true);
    await db.membership.updateMany({ where: { userId: a.userId }, data: { anniversaryRemindedFor: "2027-03-14" } });
    expect((await post(annLink, annToken)).status).toBe(200);
    expect((await db.membership.findUniqueOrThrow({ where: { userId: a.userId } })).anniversaryReminder).toBe(false);
  });

  it("a server that refuses for now gets the mail again after a wait, and exactly one is delivered", async () => {
    const box = await mailbox({ refuse: (n) => (n < 2 ? 451 : null) });
    const { a, b } = await mailingCouple();
    await queueMail(db, { coupleId: a.coupleId, userId: b.userId, kind: "review", key: `test:retry:${b.userId}` }, NOW);
    const run = await sendQueuedMail(NOW, { retryDelaysMs: [150, 400] });
    expect(run).toEqual({ claimed: 1, sent: 1, failed: 0 });
    expect(box.attempts.map((t) => t.refusedWith)).toEqual([451, 451, null]);
    // Backoff: each wait is longer than the one before.
    const gaps = box.attempts.slice(1).map((t, i) => t.at - box.attempts[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(140);
    expect(gaps[1]).toBeGreaterThanOrEqual(390);
    expect(box.inbox).toHaveLength(1);
    expect(box.inbox[0]!.to).toEqual([b.email]);
    // The claim is spent: no later run, on any instance, sends it again.
    expect(await sendQueuedMail(NOW)).toMatchObject({ claimed: 0 });
    expect(box.inbox).toHaveLength(1);
    expect(await db.mailSend.findUniqueOrThrow({ where: { key: `test:retry:${b.userId}` }, select: { sentAt: true } })).not.toEqual({
      sentAt: null,
    });
  });

  it("a refusal for good is not retried, is marked, and is never sent later", async () => {
    const box = await mailbox({ refuse: () => 550 });
    const { a, b } = await mailingCouple();
    await queueMail(db, { coupleId: a.coupleId, userId: b.userId, kind: "review", key: `test:refused:${b.userId}` }, NOW);
    expect(await sendQueuedMail(NOW, { retryDelaysMs: [50, 50] })).toEqual({ claimed: 1, sent: 0, failed: 1 });
    expect(box.attempts).toHaveLength(1);
    expect(await sendQueuedMail(NOW, { retryDelaysMs: [50, 50] })).toMatchObject({ claimed: 0 });
    expect(box.attempts).toHaveLength(1);
    // The rule itself: only an answer that says "not taken, try later", or no connection at all.
    expect(safeToRetry({ responseCode: 451 })).toBe(true);
    expect(safeToRetry({ responseCode: 550 })).toBe(false);
    expect(safeToRetry({ code: "ECONNECTION", command: "CONN" })).toBe(true);
    expect(safeToRetry({ code: "ETIMEDOUT", command: "DATA" })).toBe(false);
    expect(safeToRetry(new Error("socket closed"))).toBe(false);
  });

  it("three instances sending the queue at once deliver each mail once", async () => {
    const box = await mailbox();
    const { a, b } = await mailingCouple();
    await setMailPrefs(a, { reviewEmail: true, talkEmail: true });
    for (const i of [1, 2, 3])
      await queueMail(db, { coupleId: a.coupleId, userId: b.userId, kind: "review", key: `test:race:${i}:${b.userId}` }, NOW);
    // The same mail queued twice is one row.
    expect(await queueMail(db, { coupleId: a.coupleId, userId: b.userId, kind: "review", key: `test:race:1:${b.userId}` }, NOW)).toBe(
      false,
    );
    const runs = await Promise.all([sendQueuedMail(NOW), sendQueuedMail(NOW), sendQueuedMail(NOW)]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(3);
    expect(box.inbox).toHaveLength(3);
  });
});
