import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reloadEnvForTests } from "@/lib/server/env";
import { ANNIVERSARY_SUBJECT, runDueAnniversaryReminders } from "@/lib/server/reminders/anniversary";
import { readAnniversary, setAnniversaryReminder, setDiscoveredOn } from "@/lib/server/couples/anniversary";
import { updateCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { discoveredOnSchema, FUTURE_ERROR } from "@/lib/validation/anniversary";
import { parseWith } from "@/lib/validation/form";
import { POST as unsubscribe } from "@/app/unsubscribe/[token]/route";
import { unsubscribeByToken } from "@/lib/server/email/unsubscribe";
import { leaveCouple } from "@/lib/server/departure/leave";
import { db, makeCouple, therapistFor } from "./factories";
import { startMailbox, type Mailbox, type Received } from "../support/mailbox";

// Stage 3's anniversary of the discovery: the couple's day, each partner's own reminder a week
// before, sent once through a real SMTP server, saying nothing about what the day is.

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

const decoded = (raw: string) => raw.replace(/=\r?\n/g, "").replace(/\r\n/g, "\n");

describe("the anniversary of the discovery", () => {
  it("is the couple's day: either partner saves or removes it, both read it; bad days are refused with a field error", async () => {
    const { a, b } = await makeCouple(["Alexandra", "Samuel"]);
    expect(await readAnniversary(a)).toEqual({ discoveredOn: null, remindMe: false });
    await setDiscoveredOn(b, { discoveredOn: "2025-03-14" });
    expect((await readAnniversary(a)).discoveredOn).toBe("2025-03-14");
    await setDiscoveredOn(a, { discoveredOn: null });
    expect((await readAnniversary(b)).discoveredOn).toBeNull();

    for (const [value, message] of [
      ["2025-02-30", /real day/],
      ["14/03/2025", /real day/],
      ["2999-01-01", new RegExp(FUTURE_ERROR)],
      [undefined, /real day/],
    ] as const) {
      const parsed = parseWith(discoveredOnSchema, { discoveredOn: value });
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.fieldErrors.discoveredOn?.[0]).toMatch(message);
    }
    expect(parseWith(discoveredOnSchema, { discoveredOn: "" })).toEqual({ ok: true, data: { discoveredOn: null } });
  });

  it("another couple's partner and a therapist link can't set or read it", async () => {
    const one = await makeCouple();
    const two = await makeCouple();
    await setDiscoveredOn(one.a, { discoveredOn: "2025-03-14" });
    await setDiscoveredOn(two.a, { discoveredOn: "2024-01-01" });
    expect((await db.couple.findUnique({ where: { id: one.coupleId }, select: { discoveredOn: true } }))!.discoveredOn).toBe("2025-03-14");
    expect((await readAnniversary(two.b)).discoveredOn).toBe("2024-01-01");
    const therapist = await therapistFor(one.a, ["progress", "check-ins", "entries", "agreements", "commitments"]);
    await expect(setDiscoveredOn(therapist, { discoveredOn: "2020-01-01" })).rejects.toThrow(/read-only/);
    await expect(setAnniversaryReminder(therapist, { remind: true })).rejects.toThrow(/read-only/);
    expect((await readAnniversary(one.b)).discoveredOn).toBe("2025-03-14");
  });

  it("reminds only the partner who asked, once, a week before, in their own time zone, without saying what the day is", async () => {
    const { a, b } = await makeCouple(["Alexandra", "Samuel"]);
    const other = await makeCouple(["Chris", "Dana"]);
    await setDiscoveredOn(a, { discoveredOn: "2025-03-14" });
    await setDiscoveredOn(other.a, { discoveredOn: "2025-03-14" });
    await setAnniversaryReminder(b, { remind: true });
    await updateCheckInPrefs(b, { timeZone: "Pacific/Auckland", scoresPrivate: false, reminderEmail: false, reminderHour: 20 });

    // 8 days before in Auckland (UTC+13 in March): nothing yet.
    expect(await runDueAnniversaryReminders(new Date("2026-03-05T22:00:00Z"))).toMatchObject({ sent: 0 });
    // 7 March, 08:00 in Auckland: the right day, but too early in the morning.
    expect(await runDueAnniversaryReminders(new Date("2026-03-06T19:00:00Z"))).toMatchObject({ sent: 0 });
    // 7 March, 10:00 in Auckland (still 6 March in UTC): one email, to b only.
    const [first, second] = await Promise.all([
      runDueAnniversaryReminders(new Date("2026-03-06T21:00:00Z")),
      runDueAnniversaryReminders(new Date("2026-03-06T21:00:00Z")),
    ]);
    expect(first.sent + second.sent).toBe(1);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.to).toEqual([b.email]);
    const body = decoded(inbox[0]!.raw);
    expect(body).toMatch(new RegExp(`^Subject: ${ANNIVERSARY_SUBJECT}$`, "m"));
    for (const word of ["Alexandra", "Samuel", "discover", "affair", "found out", "2025", "14 March", "Mar 14"]) {
      expect(body.replace(/^To: .*$/m, "")).not.toContain(word);
    }
    expect(body).toContain(`${APP}/app/stages/patience#anniversary`);

    // Later runs that week send nothing more.
    expect(await runDueAnniversaryReminders(new Date("2026-03-10T01:00:00Z"))).toMatchObject({ claimed: 0 });
    expect(inbox).toHaveLength(1);

    // The unsubscribe link in the email switches b's reminder off, and nothing else.
    await setAnniversaryReminder(a, { remind: true });
    const link = [...body.matchAll(/https:\/\/mend\.example\.org\/unsubscribe\/[A-Za-z0-9_-]+/g)][0]![0];
    const token = link.split("/").pop()!;
    // On the real clock this mail (March 2026) is more than 90 days old: its link is refused, nothing changes.
    const res = await unsubscribe(new Request(link, { method: "POST" }), { params: Promise.resolve({ token }) });
    expect(res.status).toBe(410);
    expect(await res.text()).toContain("This link has expired");
    expect((await readAnniversary(b)).remindMe).toBe(true);
    // Within its 90 days it switches the reminder off.
    expect(await unsubscribeByToken(token, new Date("2026-03-10T01:00:00Z"))).toEqual({ status: "off", kind: "anniversary" });
    expect((await readAnniversary(b)).remindMe).toBe(false);
    expect((await readAnniversary(a)).remindMe).toBe(true);

    // The next year's anniversary is a new reminder (for a, who still wants one).
    inbox.length = 0;
    expect(await runDueAnniversaryReminders(new Date("2027-03-08T12:00:00Z"))).toMatchObject({ sent: 1 });
    expect(inbox.map((m) => m.to)).toEqual([[a.email]]);
  });

  it("sends nothing when the day was removed, or to a partner who switched the reminder off", async () => {
    const { a, b } = await makeCouple();
    await setDiscoveredOn(a, { discoveredOn: "2025-06-01" });
    await setAnniversaryReminder(a, { remind: true });
    await setAnniversaryReminder(b, { remind: true });
    await setAnniversaryReminder(b, { remind: false });
    await setDiscoveredOn(b, { discoveredOn: null });
    expect(await runDueAnniversaryReminders(new Date("2026-05-28T12:00:00Z"))).toMatchObject({ claimed: 0 });
    expect(inbox).toHaveLength(0);
  });

  it("is cleared when a partner leaves: a new partner doesn't inherit the day (decision 011)", async () => {
    const { a, b, coupleId } = await makeCouple();
    await setDiscoveredOn(a, { discoveredOn: "2025-06-01" });
    await setAnniversaryReminder(b, { remind: true });
    await leaveCouple(a, { shared: "keep" });
    expect((await db.couple.findUnique({ where: { id: coupleId }, select: { discoveredOn: true } }))!.discoveredOn).toBeNull();
    expect(await runDueAnniversaryReminders(new Date("2026-05-28T12:00:00Z"))).toMatchObject({ claimed: 0 });
  });
});
