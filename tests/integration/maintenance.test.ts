import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reloadEnvForTests } from "@/lib/server/env";
import { runDueReminders } from "@/lib/server/reminders/reminders";
import { myCheckInPrefs, setReminderCadence, updateCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { markStageDone, reopenStage } from "@/lib/server/journey/progress";
import { enterMaintenance, readMaintenance } from "@/lib/server/maintenance/maintenance";
import { createEntry, updateEntry } from "@/lib/server/entries/write";
import { listStageEntries } from "@/lib/server/entries/read";
import { leaveCouple } from "@/lib/server/departure/leave";
import { validateBody } from "@/lib/entries/kinds";
import { reminderCadenceSchema, CADENCE_ERROR } from "@/lib/validation/maintenance";
import { parseWith } from "@/lib/validation/form";
import { STAGE_SLUGS } from "@/lib/content/stages";
import type { PartnerContext } from "@/lib/server/access";
import { db, makeCouple, therapistFor } from "./factories";
import { startMailbox, type Mailbox, type Received } from "../support/mailbox";

// Maintenance after stage 9 (issue 23): how a couple moves into it, the reminder cadence each
// partner chooses (with a controlled clock, through a real SMTP server), the two weeks of daily
// reminders after a reopen, and the relapse-prevention plan's visibility.

let mailbox: Mailbox;
let inbox: Received[];
const savedEnv = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  mailbox = await startMailbox();
  inbox = mailbox.inbox;
  process.env.SMTP_URL = mailbox.url;
  process.env.NEXTAUTH_URL = "https://mend.example.org";
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

const DAY = 24 * 60 * 60 * 1000;
const couple = (id: string) => db.couple.findUnique({ where: { id }, select: { maintenanceSince: true, dailyRemindersUntil: true } });

async function optIn(ctx: PartnerContext) {
  await updateCheckInPrefs(ctx, { timeZone: "UTC", scoresPrivate: false, reminderEmail: true, reminderHour: 9 });
}

/** Runs the reminders at 10:00 UTC on each of `days` days from `start`; the days on which `ctx` got mail. */
async function mailDays(ctx: PartnerContext, start: Date, days: number): Promise<number[]> {
  const got: number[] = [];
  for (let d = 0; d < days; d++) {
    const before = inbox.filter((m) => m.to.includes(ctx.email)).length;
    await runDueReminders(new Date(start.getTime() + d * DAY));
    if (inbox.filter((m) => m.to.includes(ctx.email)).length > before) got.push(d);
  }
  return got;
}

describe("moving into maintenance", () => {
  it("happens when both partners have marked stage 9 done, not when one has", async () => {
    const { coupleId, a, b } = await makeCouple();
    await markStageDone(a, "boundaries");
    expect((await readMaintenance(b)).since).toBeNull();
    // Other stages done by both change nothing.
    await markStageDone(a, "patience");
    await markStageDone(b, "patience");
    expect((await couple(coupleId))!.maintenanceSince).toBeNull();
    await markStageDone(b, "boundaries");
    const since = (await readMaintenance(a)).since;
    expect(since).toBeInstanceOf(Date);
    expect((await readMaintenance(b)).since).toEqual(since);
    expect(await db.auditEvent.count({ where: { coupleId, action: "maintenance.started" } })).toBe(1);
    // Reopening and marking stage 9 again keeps the day it started.
    await reopenStage(a, "boundaries");
    await markStageDone(a, "boundaries");
    await markStageDone(b, "boundaries");
    expect((await readMaintenance(a)).since).toEqual(since);
    expect(await db.auditEvent.count({ where: { coupleId, action: "maintenance.started" } })).toBe(1);
  });

  it("happens when either partner says so; saying it twice changes nothing", async () => {
    const { coupleId, b } = await makeCouple();
    expect(await enterMaintenance(b)).toEqual({ ok: true, data: undefined });
    const since = (await couple(coupleId))!.maintenanceSince;
    expect(since).toBeInstanceOf(Date);
    expect(await enterMaintenance(b)).toEqual({ ok: true, data: undefined });
    expect((await couple(coupleId))!.maintenanceSince).toEqual(since);
  });

  it("is refused to a therapist link and to someone outside the couple, and changes nothing", async () => {
    const one = await makeCouple();
    const two = await makeCouple();
    const therapist = await therapistFor(one.a, ["progress", "check-ins", "entries"]);
    await expect(enterMaintenance(therapist)).rejects.toThrow(/read-only/);
    // A context naming another couple's workspace: the person is no member of it.
    const forged = { ...two.a, coupleId: one.coupleId };
    expect(await enterMaintenance(forged)).toMatchObject({ ok: false, formError: expect.stringMatching(/no longer part/) });
    expect((await couple(one.coupleId))!.maintenanceSince).toBeNull();
    await enterMaintenance(two.a);
    expect((await couple(one.coupleId))!.maintenanceSince).toBeNull();
    expect((await couple(two.coupleId))!.maintenanceSince).toBeInstanceOf(Date);
  });

  it("ends with the couple: a partner who leaves takes it with them, so a new partner starts fresh", async () => {
    const { coupleId, a, b } = await makeCouple();
    await enterMaintenance(a);
    await reopenStage(a, "patience");
    await leaveCouple(b, { shared: "keep" });
    expect(await couple(coupleId)).toEqual({ maintenanceSince: null, dailyRemindersUntil: null });
  });
});

describe("the reminder cadence in maintenance", () => {
  it("is each partner's own choice, weekly by default; bad input is a field error and changes nothing", async () => {
    const { a, b } = await makeCouple();
    expect((await myCheckInPrefs(a)).reminderCadence).toBe("weekly");
    await optIn(a);
    await setReminderCadence(a, { cadence: "monthly" });
    const prefs = await myCheckInPrefs(a);
    expect(prefs).toMatchObject({ reminderCadence: "monthly", reminderEmail: true, reminderHour: 9 });
    expect((await myCheckInPrefs(b)).reminderCadence).toBe("weekly");
    // Saving the other check-in settings keeps the cadence.
    await updateCheckInPrefs(a, { timeZone: "Europe/Paris", scoresPrivate: true, reminderEmail: true, reminderHour: 8 });
    expect((await myCheckInPrefs(a)).reminderCadence).toBe("monthly");

    for (const value of ["hourly", "", undefined, ["weekly", "daily"], "Weekly"]) {
      const parsed = parseWith(reminderCadenceSchema, { cadence: value });
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.fieldErrors.cadence?.[0]).toBe(CADENCE_ERROR);
    }
  });

  it("is refused to a therapist link", async () => {
    const { a } = await makeCouple();
    const therapist = await therapistFor(a, ["check-ins"]);
    await expect(setReminderCadence(therapist, { cadence: "daily" })).rejects.toThrow(/read-only/);
    expect((await myCheckInPrefs(a)).reminderCadence).toBe("weekly");
  });

  it("before maintenance, reminders stay daily whatever was chosen", async () => {
    const { a } = await makeCouple();
    await optIn(a);
    await setReminderCadence(a, { cadence: "monthly" });
    expect(await mailDays(a, new Date("2027-01-04T10:00:00Z"), 4)).toEqual([0, 1, 2, 3]);
  });

  it("weekly, monthly and daily: one reminder per period, counted in local days; a check-in counts as one", async () => {
    const { a, b } = await makeCouple();
    await enterMaintenance(a);
    await optIn(a);
    await optIn(b);
    await setReminderCadence(b, { cadence: "monthly" });
    const start = new Date("2027-01-04T10:00:00Z");
    // a: weekly by default. b: monthly.
    const days: { a: number[]; b: number[] } = { a: [], b: [] };
    const count = (ctx: PartnerContext) => inbox.filter((m) => m.to.includes(ctx.email)).length;
    for (let d = 0; d < 62; d++) {
      const seen = { a: count(a), b: count(b) };
      await runDueReminders(new Date(start.getTime() + d * DAY));
      if (count(a) > seen.a) days.a.push(d);
      if (count(b) > seen.b) days.b.push(d);
    }
    const { a: weekly, b: monthly } = days;
    expect(weekly).toEqual([0, 7, 14, 21, 28, 35, 42, 49, 56]);
    expect(monthly).toEqual([0, 30, 60]);

    // A check-in inside the week means no reminder until a week after it.
    const { a: c } = await makeCouple();
    await enterMaintenance(c);
    await optIn(c);
    const checkInDay = new Date("2027-01-05T08:00:00Z");
    const { saveCheckIn } = await import("@/lib/server/check-ins/write");
    await saveCheckIn(
      c,
      { localDate: "2027-01-05", trust: 7, closeness: 7, mood: "okay", note: "", noteVisibility: "private" },
      checkInDay,
    );
    expect(await mailDays(c, start, 10)).toEqual([0, 8]);

    // Daily, chosen in maintenance: every day.
    await setReminderCadence(a, { cadence: "daily" });
    expect(await mailDays(a, new Date("2027-04-01T10:00:00Z"), 3)).toEqual([0, 1, 2]);
  });
});

describe("when trust wobbles", () => {
  it("reopening a stage in maintenance brings daily reminders back for two weeks, then the chosen cadence again", async () => {
    const { coupleId, a, b } = await makeCouple();
    await markStageDone(a, "boundaries");
    await markStageDone(b, "boundaries");
    await markStageDone(a, "consistency");
    await optIn(b);
    const before = Date.now();
    await reopenStage(a, "consistency");
    const until = (await couple(coupleId))!.dailyRemindersUntil!;
    expect(until.getTime()).toBeGreaterThanOrEqual(before + 14 * DAY);
    expect(until.getTime()).toBeLessThanOrEqual(Date.now() + 14 * DAY);

    // The other partner reads which stage, never who reopened it.
    const seen = await readMaintenance(b);
    expect(seen).toEqual({ since: expect.any(Date), dailyRemindersUntil: until, reopenedStage: "consistency" });
    expect(Object.keys(seen)).not.toContain("actorId");

    // b's cadence is weekly, but for the two weeks after the reopen a reminder comes every day.
    const startOfFallback = new Date(until.getTime() - 14 * DAY);
    const firstDay = new Date(
      Date.UTC(startOfFallback.getUTCFullYear(), startOfFallback.getUTCMonth(), startOfFallback.getUTCDate() + 1, 23),
    );
    const days = await mailDays(b, firstDay, 24);
    const lastDaily = Math.floor((until.getTime() - firstDay.getTime()) / DAY);
    expect(days.slice(0, lastDaily + 1)).toEqual(Array.from({ length: lastDaily + 1 }, (_, i) => i));
    // After it: weekly again, counted from the last daily reminder.
    expect(days.slice(lastDaily + 1)).toEqual([lastDaily + 7]);
    // The notice ends with the fallback.
    expect(await readMaintenance(b, new Date(until.getTime() + 1))).toMatchObject({ dailyRemindersUntil: null, reopenedStage: null });
  });

  it("reopening before maintenance, or clearing stage 8's own choice, changes no reminder", async () => {
    const early = await makeCouple();
    await markStageDone(early.a, "patience");
    await reopenStage(early.a, "patience");
    expect((await couple(early.coupleId))!.dailyRemindersUntil).toBeNull();

    const { coupleId, a, b } = await makeCouple();
    await enterMaintenance(a);
    // b holds the choice to move on (a said they broke trust): clearing it is b's own, nothing a notices.
    expect(await markStageDone(b, "forgiveness")).toMatchObject({ ok: true });
    expect(await reopenStage(b, "forgiveness")).toMatchObject({ ok: true });
    expect((await couple(coupleId))!.dailyRemindersUntil).toBeNull();
    expect((await readMaintenance(a)).reopenedStage).toBeNull();
  });

  it("every joint stage can be reopened in maintenance", async () => {
    const { coupleId, a, b } = await makeCouple();
    await enterMaintenance(b);
    for (const slug of STAGE_SLUGS.filter((s) => s !== "forgiveness")) {
      await db.couple.update({ where: { id: coupleId }, data: { dailyRemindersUntil: null } });
      await markStageDone(a, slug);
      await reopenStage(b, slug);
      expect((await readMaintenance(a)).reopenedStage).toBe(slug);
    }
  });
});

describe("the relapse-prevention plan", () => {
  const plan = { warningSigns: "Hiding my phone", wallsAndWindows: "Late work chats", whenASignShows: "Tell you the same day" };

  it("is saved with its author's visibility: only me, partner, or partner and therapist", async () => {
    const { a, b } = await makeCouple();
    const therapist = await therapistFor(a, ["progress", "entries"]);
    const mine = await createEntry(a, {
      stageSlug: "boundaries",
      exerciseKey: null,
      kind: "relapse-plan",
      visibility: "private",
      body: plan,
    });
    expect(mine.ok).toBe(true);
    const id = mine.ok ? mine.data.id : "";
    const plans = async (ctx: Parameters<typeof listStageEntries>[0]) =>
      (await listStageEntries(ctx, "boundaries")).filter((e) => e.kind === "relapse-plan").map((e) => e.id);
    expect(await plans(a)).toEqual([id]);
    expect(await plans(b)).toEqual([]);
    expect(await plans(therapist)).toEqual([]);

    const shareWith = (visibility: "partner" | "therapist") => updateEntry(a, id, { visibility, body: () => ({ ok: true, data: plan }) });
    expect(await shareWith("partner")).toMatchObject({ ok: true });
    expect(await plans(b)).toEqual([id]);
    expect(await plans(therapist)).toEqual([]);
    expect(await shareWith("therapist")).toMatchObject({ ok: true });
    expect(await plans(therapist)).toEqual([id]);

    // Another couple never reads it, and can't edit it.
    const other = await makeCouple();
    expect(await plans(other.a)).toEqual([]);
    expect(await updateEntry({ ...other.a }, id, { visibility: "private", body: () => ({ ok: true, data: plan }) })).toMatchObject({
      ok: false,
    });
    // Nor can the partner: it is its author's own.
    expect(await updateEntry(b, id, { visibility: "private", body: () => ({ ok: true, data: plan }) })).toMatchObject({ ok: false });
    await expect(
      createEntry(therapist, { stageSlug: "boundaries", exerciseKey: null, kind: "relapse-plan", visibility: "private", body: plan }),
    ).rejects.toThrow(/read-only/);
  });

  it("refuses a plan with an empty part, field by field, and stores nothing", async () => {
    const bad = validateBody("relapse-plan", { warningSigns: "  ", wallsAndWindows: "x".repeat(4_001), whenASignShows: "ok\u0000" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.fieldErrors.warningSigns?.[0]).toMatch(/Enter warning signs/);
      expect(bad.fieldErrors.wallsAndWindows?.[0]).toMatch(/at most 4,000/);
      expect(bad.fieldErrors.whenASignShows?.[0]).toMatch(/control character/);
    }
    // Only on stage 9, where the tool is offered.
    const { a } = await makeCouple();
    expect(
      await createEntry(a, { stageSlug: "patience", exerciseKey: null, kind: "relapse-plan", visibility: "private", body: plan }),
    ).toMatchObject({ ok: false });
    expect(await db.entry.count({ where: { coupleId: a.coupleId, kind: "relapse-plan" } })).toBe(0);
  });
});
