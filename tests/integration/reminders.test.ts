import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { reloadEnvForTests } from "@/lib/server/env";
import { REMINDER_SUBJECT, runDueReminders } from "@/lib/server/reminders/reminders";
import { saveCheckIn } from "@/lib/server/check-ins/write";
import { updateCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { mailEnabled, sendMail } from "@/lib/server/email/send";
import { GET as unsubscribePage, POST as unsubscribe } from "@/app/unsubscribe/[token]/route";
import type { PartnerContext } from "@/lib/server/access";
import { db, makeCouple } from "./factories";
import { startMailbox, type Mailbox, type Received } from "../support/mailbox";

// Reminder email through a real SMTP server (smtp-server on a free port), as a mail server would see it.

let mailbox: Mailbox;
let inbox: Received[];
const APP = "https://mend.example.org";
const savedEnv = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL, MAIL_FROM: process.env.MAIL_FROM };

beforeAll(async () => {
  mailbox = await startMailbox();
  inbox = mailbox.inbox;
  process.env.SMTP_URL = mailbox.url;
  process.env.NEXTAUTH_URL = APP;
  process.env.MAIL_FROM = "Mend <reminders@mend.example.org>";
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

/** The message body as text: quoted-printable soft breaks and escapes undone. */
function decoded(raw: string) {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\r\n/g, "\n");
}

async function optIn(ctx: PartnerContext, zone: string, hour: number) {
  await updateCheckInPrefs(ctx, { timeZone: zone, scoresPrivate: false, reminderEmail: true, reminderHour: hour });
}

describe("email reminders", () => {
  it("sends through SMTP_URL", () => {
    expect(mailEnabled()).toBe(true);
  });

  it("arrive from the chosen local hour, neutral, with a working check-in link and a working unsubscribe link", async () => {
    const { a, b } = await makeCouple(["Alexandra", "Samuel"]);
    await optIn(a, "Europe/Berlin", 20);
    // b's private check-in and note must never reach anyone's mail.
    await saveCheckIn(
      b,
      { localDate: "2026-07-10", trust: 3, closeness: 9, mood: "anxious", note: "Secret-note-xyz", noteVisibility: "partner" },
      new Date("2026-07-10T08:00:00Z"),
    );

    // 19:59 in Berlin (UTC+2 in July): not yet.
    expect(await runDueReminders(new Date("2026-07-10T17:59:00Z"))).toMatchObject({ sent: 0 });
    expect(inbox).toHaveLength(0);
    // 20:00: one reminder.
    expect(await runDueReminders(new Date("2026-07-10T18:00:00Z"))).toMatchObject({ claimed: 1, sent: 1 });
    expect(inbox).toHaveLength(1);
    const mail = inbox[0]!;
    expect(mail.to).toEqual([a.email]);
    const body = decoded(mail.raw);
    expect(body).toMatch(new RegExp(`^Subject: ${REMINDER_SUBJECT}$`, "m"));
    expect(body).toMatch(/^From: Mend <reminders@mend\.example\.org>$/m);
    // Nothing private: no names, no couple, no scores, no notes, no moods.
    for (const secret of ["Alexandra", "Samuel", "Secret-note-xyz", "anxious", "trust: 3", "Trust", a.email.split("@")[0]!]) {
      expect(body.replace(/^To: .*$/m, "")).not.toContain(secret);
    }
    const links = [...body.matchAll(/https:\/\/mend\.example\.org\/[^\s"<>]+/g)].map((m) => m[0]);
    expect(links).toContain(`${APP}/app/check-in`);
    // The check-in link points at a real page.
    expect(fs.existsSync(path.join(process.cwd(), "app/(app)/app/check-in/page.tsx"))).toBe(true);
    const unsubscribeLink = links.find((l) => l.startsWith(`${APP}/unsubscribe/`))!;
    expect(unsubscribeLink).toMatch(/\/unsubscribe\/[A-Za-z0-9_-]{43}$/);

    // The unsubscribe link: a GET only shows a button (mail scanners open links), its POST switches reminders off.
    const token = unsubscribeLink.split("/").pop()!;
    const page = await unsubscribePage();
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    expect(await db.checkInPrefs.findUnique({ where: { userId: a.userId }, select: { reminderEmail: true } })).toEqual({
      reminderEmail: true,
    });
    const res = await unsubscribe(new Request(unsubscribeLink, { method: "POST" }), { params: Promise.resolve({ token }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(await db.checkInPrefs.findUnique({ where: { userId: a.userId }, select: { reminderEmail: true } })).toEqual({
      reminderEmail: false,
    });
    // A made-up token does nothing.
    const forged = await unsubscribe(new Request(`${APP}/unsubscribe/x`, { method: "POST" }), {
      params: Promise.resolve({ token: "A".repeat(43) }),
    });
    expect(forged.status).toBe(404);

    // Unsubscribed: the next day brings nothing.
    expect(await runDueReminders(new Date("2026-07-11T19:00:00Z"))).toMatchObject({ claimed: 0 });
    expect(inbox).toHaveLength(1);
  });

  it("two schedulers racing for the same reminder send one email", async () => {
    const { a } = await makeCouple();
    await optIn(a, "Pacific/Auckland", 7);
    const now = new Date("2026-07-10T19:30:00Z"); // 07:30 on July 11 in Auckland
    const runs = await Promise.all([runDueReminders(now), runDueReminders(now), runDueReminders(now)]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(inbox.filter((m) => m.to.includes(a.email))).toHaveLength(1);
    expect(await db.reminderSend.findMany({ where: { userId: a.userId }, select: { localDate: true, sentAt: true } })).toEqual([
      { localDate: "2026-07-11", sentAt: expect.any(Date) },
    ]);
    // Later the same local day: still one. The next local day: a new one.
    await runDueReminders(new Date("2026-07-11T09:00:00Z"));
    expect(inbox.filter((m) => m.to.includes(a.email))).toHaveLength(1);
    await runDueReminders(new Date("2026-07-11T19:30:00Z"));
    expect(inbox.filter((m) => m.to.includes(a.email))).toHaveLength(2);
  });

  it("skip a partner who already checked in today, and anyone who didn't opt in", async () => {
    const { a, b } = await makeCouple();
    await optIn(a, "America/New_York", 9);
    await updateCheckInPrefs(b, { timeZone: "America/New_York", scoresPrivate: false, reminderEmail: false, reminderHour: 0 });
    const now = new Date("2026-03-08T15:00:00Z"); // 11:00 on the spring-forward day in New York
    await saveCheckIn(a, { localDate: "2026-03-08", trust: 5, closeness: 5, mood: "okay", note: "", noteVisibility: "private" }, now);
    expect(await runDueReminders(now)).toMatchObject({ claimed: 0, sent: 0 });
    expect(inbox).toHaveLength(0);
  });

  it("sendMail keeps the one shape other features use", async () => {
    await sendMail({ to: "someone@example.test", subject: "Hello", text: "Plain text" });
    expect(inbox).toHaveLength(1);
    expect(decoded(inbox[0]!.raw)).toMatch(/^Subject: Hello$/m);
  });
});
