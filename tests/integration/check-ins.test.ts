import { beforeEach, describe, expect, it, vi } from "vitest";
import { ReadOnlyContextError, type PartnerContext, type TherapistContext } from "@/lib/server/access";
import { saveCheckInAction, updateCheckInPrefsAction } from "@/app/(app)/app/check-in/actions";
import { saveCheckIn } from "@/lib/server/check-ins/write";
import { updateCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { defaultTimelineWeeks, getTimeline, listCheckIns, myToday } from "@/lib/server/check-ins/read";
import { createShareLink } from "@/lib/server/share/links";
import { resolveShareAccess } from "@/lib/server/share/resolve";
import { getTherapistView } from "@/lib/server/share/therapist-view";
import { addDays, localDateIn } from "@/lib/check-ins/dates";
import { FUTURE_DATE_ERROR, OLD_DATE_ERROR, type CheckInInput } from "@/lib/validation/check-in";
import type { ShareSection } from "@/lib/server/access";
import { db, makeCouple } from "./factories";
import { form, revalidated, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

const HOUR = 3_600_000;

function input(localDate: string, over: Partial<CheckInInput> = {}): CheckInInput {
  return { localDate, trust: 5, closeness: 6, mood: "calm", note: "", noteVisibility: "private", ...over };
}

async function setZone(ctx: PartnerContext, timeZone: string, over: { scoresPrivate?: boolean } = {}) {
  await updateCheckInPrefs(ctx, { timeZone, scoresPrivate: over.scoresPrivate ?? false, reminderEmail: false, reminderHour: 20 });
}

async function therapist(owner: PartnerContext, scope: ShareSection[]): Promise<TherapistContext> {
  const link = await createShareLink(owner, { therapistName: "Dr. Rivera", scope, expiryDays: 30 });
  if (!link.ok) throw new Error("setup");
  const access = await resolveShareAccess(link.data.token, { key: `check-ins-${Math.random()}`, userAgent: null });
  if (!access.ok) throw new Error("setup");
  return access.ctx;
}

describe("one check-in per partner per local day", () => {
  // Each case: a zone and a day on which its clocks change. Saving once every hour (in UTC) from the
  // start of the day before to the end of the day after must give exactly three rows, for three
  // consecutive days, and the changeover day must collect 23 (spring) or 25 (autumn) hourly saves.
  const cases = [
    { zone: "America/New_York", day: "2026-03-08", hours: 23 },
    { zone: "America/New_York", day: "2026-11-01", hours: 25 },
    { zone: "Europe/Berlin", day: "2026-03-29", hours: 23 },
    { zone: "Europe/Berlin", day: "2026-10-25", hours: 25 },
    { zone: "Pacific/Auckland", day: "2026-04-05", hours: 25 },
    { zone: "Pacific/Auckland", day: "2026-09-27", hours: 23 },
  ];

  it.each(cases)("$zone on $day ($hours hours): no day lost, none doubled", async ({ zone, day, hours }) => {
    const { a } = await makeCouple();
    await setZone(a, zone);
    // 36 hours either side of the day's UTC noon covers all of the local day before, the day and the day after.
    const noon = Date.parse(`${day}T12:00:00Z`);
    const seen = new Set<string>();
    for (let t = noon - 60 * HOUR; t <= noon + 60 * HOUR; t += HOUR) {
      const now = new Date(t);
      const localDate = localDateIn(zone, now);
      seen.add(localDate);
      const res = await saveCheckIn(a, input(localDate, { trust: 7 }), now);
      expect(res.ok, `${zone} ${now.toISOString()}`).toBe(true);
    }
    const rows = await db.checkIn.findMany({
      where: { authorId: a.userId },
      orderBy: { localDate: "asc" },
      select: { localDate: true, revision: true, timeZone: true },
    });
    expect(rows.map((r) => r.localDate)).toEqual([...seen].sort());
    // Consecutive days, no hole.
    rows.forEach((r, i) => i > 0 && expect(r.localDate).toBe(addDays(rows[i - 1]!.localDate, 1)));
    expect(rows.find((r) => r.localDate === day)?.revision).toBe(hours);
    expect(new Set(rows.map((r) => r.timeZone))).toEqual(new Set([zone]));
  });

  it("counts 23:30 in Auckland for that day there, while it is still the day before in New York and UTC", async () => {
    const { a, b } = await makeCouple();
    await setZone(a, "Pacific/Auckland");
    await setZone(b, "America/New_York");
    const now = new Date("2026-11-25T10:30:00Z"); // 23:30 on the 25th in Auckland (UTC+13), 05:30 on the 25th in New York
    expect(localDateIn("Pacific/Auckland", now)).toBe("2026-11-25");
    const late = new Date("2026-11-26T04:30:00Z"); // 23:30 on the 25th in New York, already the 26th in UTC and Auckland
    expect(await saveCheckIn(a, input("2026-11-25"), now)).toMatchObject({ ok: true, data: { outcome: "created" } });
    expect(await saveCheckIn(a, input("2026-11-26"), now)).toEqual({ ok: false, fieldErrors: { localDate: [FUTURE_DATE_ERROR] } });
    expect(await saveCheckIn(b, input("2026-11-25"), late)).toMatchObject({ ok: true, data: { outcome: "created" } });
    expect(await saveCheckIn(b, input("2026-11-26"), late)).toEqual({ ok: false, fieldErrors: { localDate: [FUTURE_DATE_ERROR] } });
    expect(await db.checkIn.count({ where: { coupleId: a.coupleId } })).toBe(2);
  });

  it("loads the chosen day's own check-in: yesterday's form never shows today's values", async () => {
    const { a } = await makeCouple();
    await setZone(a, "Europe/Berlin");
    const now = new Date("2026-11-25T09:00:00Z");
    await saveCheckIn(a, input("2026-11-25", { trust: 8, note: "today's note" }), now);
    expect(await myToday(a, now)).toMatchObject({ date: "2026-11-25", checkIn: { trust: 8, note: "today's note" } });
    expect(await myToday(a, now, "yesterday")).toMatchObject({ date: "2026-11-24", today: "2026-11-25", checkIn: null });
    await saveCheckIn(a, input("2026-11-24", { trust: 3, note: "" }), now);
    expect(await myToday(a, now, "yesterday")).toMatchObject({ date: "2026-11-24", checkIn: { trust: 3, note: "" } });
    expect(await myToday(a, now)).toMatchObject({ checkIn: { trust: 8 } });
  });

  it("stores the browser's zone on a first check-in, and the stored zone wins afterwards", async () => {
    const { a } = await makeCouple();
    const now = new Date("2026-06-01T02:00:00Z"); // still May 31 in New York
    expect(await saveCheckIn(a, { ...input("2026-05-31"), timeZone: "America/New_York" }, now)).toMatchObject({ ok: true });
    expect(await db.checkInPrefs.findUnique({ where: { userId: a.userId }, select: { timeZone: true } })).toEqual({
      timeZone: "America/New_York",
    });
    // A browser elsewhere later doesn't move the partner's day; only settings do.
    expect(await saveCheckIn(a, { ...input("2026-06-01"), timeZone: "Asia/Tokyo" }, now)).toEqual({
      ok: false,
      fieldErrors: { localDate: [FUTURE_DATE_ERROR] },
    });
  });

  it("two tabs saving the same day: one row, the later save wins and says it replaced an earlier one", async () => {
    const { a } = await makeCouple();
    await setZone(a, "Europe/Berlin");
    const now = new Date("2026-07-10T10:00:00Z");
    const [one, two] = await Promise.all([
      saveCheckIn(a, input("2026-07-10", { trust: 2, seenRevision: 0 }), now),
      saveCheckIn(a, input("2026-07-10", { trust: 9, seenRevision: 0 }), now),
    ]);
    const outcomes = [one, two].map((r) => (r.ok ? r.data.outcome : "error")).sort();
    expect(outcomes).toEqual(["created", "replaced"]);
    const rows = await db.checkIn.findMany({ where: { authorId: a.userId }, select: { trust: true, revision: true } });
    const later = one.ok && one.data.outcome === "replaced" ? 2 : 9;
    expect(rows).toEqual([{ trust: later, revision: 2 }]);
    // A tab that had seen the latest save just updates it.
    expect(await saveCheckIn(a, input("2026-07-10", { trust: 4, seenRevision: 2 }), now)).toMatchObject({
      ok: true,
      data: { outcome: "updated", revision: 3 },
    });
  });
});

describe("bad input", () => {
  it("gets field errors and stores nothing", async () => {
    const { a } = await makeCouple();
    signInAs(a);
    const good = { localDate: localDateIn("UTC"), trust: "5", closeness: "5", mood: "calm", note: "", noteVisibility: "private" };
    const bad: [Record<string, string>, string][] = [
      [{ trust: "11" }, "trust"],
      [{ trust: "-1" }, "trust"],
      [{ closeness: "seven" }, "closeness"],
      [{ closeness: "" }, "closeness"],
      [{ mood: "ecstatic" }, "mood"],
      [{ localDate: "2026-02-30" }, "localDate"],
      [{ localDate: addDays(localDateIn("UTC"), 1) }, "localDate"],
      [{ localDate: addDays(localDateIn("UTC"), -2) }, "localDate"],
      [{ timeZone: "Mars/Olympus_Mons" }, "timeZone"],
      [{ note: "x".repeat(1024 * 1024) }, "note"],
      [{ noteVisibility: "everyone" }, "noteVisibility"],
    ];
    for (const [change, field] of bad) {
      const res = await saveCheckInAction(null, form({ ...good, ...change }));
      expect(res, JSON.stringify(change).slice(0, 60)).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.any(String)] } });
    }
    expect(await saveCheckInAction(null, form({ ...good, localDate: addDays(localDateIn("UTC"), -2) }))).toMatchObject({
      fieldErrors: { localDate: [OLD_DATE_ERROR] },
    });
    expect(await db.checkIn.count({ where: { authorId: a.userId } })).toBe(0);
    expect(await updateCheckInPrefsAction(null, form({ timeZone: "Nowhere/Land", reminderHour: "25" }))).toMatchObject({
      ok: false,
      fieldErrors: { timeZone: [expect.any(String)], reminderHour: [expect.any(String)] },
    });
    expect(await db.checkInPrefs.count({ where: { userId: a.userId } })).toBe(0);
    expect(revalidated).toEqual([]);

    // The same form with good values does save, so the refusals above mean something.
    expect(await saveCheckInAction(null, form(good))).toMatchObject({ ok: true, data: { outcome: "created" } });
    expect(await db.checkIn.count({ where: { authorId: a.userId } })).toBe(1);
  });
});

describe("who sees what", () => {
  async function coupleWithNotes() {
    const c = await makeCouple(["Alex", "Sam"]);
    const today = localDateIn("UTC");
    await saveCheckIn(c.a, input(today, { trust: 3, closeness: 4, note: "Alex-private", noteVisibility: "private" }));
    await saveCheckIn(c.a, input(addDays(today, -1), { trust: 2, note: "Alex-therapist", noteVisibility: "therapist" }));
    await saveCheckIn(c.b, input(today, { trust: 8, note: "Sam-partner", noteVisibility: "partner" }));
    return c;
  }
  const notesOf = (rows: { note: { text: string } | null }[]) => rows.flatMap((r) => (r.note ? [r.note.text] : [])).sort();
  const range = () => ({ from: addDays(localDateIn("UTC"), -7), to: localDateIn("UTC") });

  it("notes follow their visibility: the author sees all, the partner partner+therapist, a therapist only therapist", async () => {
    const { a, b } = await coupleWithNotes();
    expect(notesOf(await listCheckIns(a, range()))).toEqual(["Alex-private", "Alex-therapist", "Sam-partner"]);
    expect(notesOf(await listCheckIns(b, range()))).toEqual(["Alex-therapist", "Sam-partner"]);
    const t = await therapist(a, ["check-ins"]);
    expect(notesOf(await listCheckIns(t, range()))).toEqual(["Alex-therapist"]);
    const view = await getTherapistView(t);
    expect(view.checkIns?.series.map((s) => s.name)).toEqual(["Alex", "Sam"]);
    expect(notesOf(view.checkIns!.notes)).toEqual(["Alex-therapist"]);
  });

  it("a therapist link without check-ins in its scope sees none of them", async () => {
    const { a } = await coupleWithNotes();
    const t = await therapist(a, ["progress", "entries"]);
    expect(await listCheckIns(t, range())).toEqual([]);
    expect(await getTimeline(t, 8)).toBeNull();
    expect((await getTherapistView(t)).checkIns).toBeNull();
  });

  it("scores are shared by default; with score privacy on, the partner and a therapist see only that a check-in happened", async () => {
    const { a, b } = await coupleWithNotes();
    const samSeesAlex = async () => (await listCheckIns(b, range())).filter((r) => r.authorId === a.userId);
    expect((await samSeesAlex()).map((r) => r.scores?.trust)).toEqual([2, 3]);

    await setZone(a, "UTC", { scoresPrivate: true });
    const hidden = await samSeesAlex();
    expect(hidden).toHaveLength(2);
    expect(hidden.map((r) => r.scores)).toEqual([null, null]);
    expect(JSON.stringify(hidden)).not.toMatch(/"trust"|"closeness"|"mood"/);
    // Alex still sees their own numbers.
    expect((await listCheckIns(a, range())).filter((r) => r.isMine).map((r) => r.scores?.trust)).toEqual([2, 3]);
    const t = await therapist(b, ["check-ins"]);
    expect((await listCheckIns(t, range())).filter((r) => r.authorId === a.userId).map((r) => r.scores)).toEqual([null, null]);

    const timeline = (await getTimeline(b, 2))!;
    const alex = timeline.series.find((s) => s.userId === a.userId)!;
    expect(alex.days).toBe(2);
    expect(alex.points.every((p) => p.trust === null && p.closeness === null)).toBe(true);
    expect(timeline.summary.join(" ")).toContain("Alex keeps their scores private for now. They checked in on 2 days");
    const sam = timeline.series.find((s) => s.userId === b.userId)!;
    expect(sam.points.at(-1)).toMatchObject({ trust: 8 });
    // Gaps, not zeros: days without a check-in are null.
    expect(sam.points.slice(0, -1).every((p) => p.trust === null && p.count === 0)).toBe(true);

    await setZone(a, "UTC", { scoresPrivate: false });
    expect((await samSeesAlex()).map((r) => r.scores?.trust)).toEqual([2, 3]);
  });

  it("another couple sees nothing of this couple's check-ins", async () => {
    const { a } = await coupleWithNotes();
    const other = await makeCouple(["Jo", "Kim"]);
    expect(await listCheckIns(other.a, range())).toEqual([]);
    const timeline = (await getTimeline(other.a, 2))!;
    expect(timeline.series.map((s) => s.name).sort()).toEqual(["Jo", "Kim"]);
    expect(timeline.series.every((s) => s.days === 0)).toBe(true);
    // A forged context naming the other couple still reads only that couple's own rows.
    const forged: PartnerContext = { ...other.a, coupleId: a.coupleId };
    expect(notesOf(await listCheckIns(forged, range()))).not.toContain("Alex-private");
  });

  it("a therapist context can't write check-ins or settings", async () => {
    const { a } = await coupleWithNotes();
    const t = await therapist(a, ["check-ins"]);
    const before = await db.checkIn.count();
    await expect(saveCheckIn(t, input(localDateIn("UTC")))).rejects.toBeInstanceOf(ReadOnlyContextError);
    await expect(
      updateCheckInPrefs(t, { timeZone: "UTC", scoresPrivate: true, reminderEmail: true, reminderHour: 1 }),
    ).rejects.toBeInstanceOf(ReadOnlyContextError);
    expect(await db.checkIn.count()).toBe(before);
  });
});

describe("the range the timeline opens on", () => {
  // Issue 22: a new couple's timeline opened on 8-week averages, one dot at its edge.
  const daysAgo = (n: number) => addDays(localDateIn("UTC"), -n);
  async function backdate(ctx: PartnerContext, localDate: string) {
    await saveCheckIn(ctx, input(localDateIn("UTC")));
    await db.checkIn.updateMany({ where: { authorId: ctx.userId, coupleId: ctx.coupleId }, data: { localDate } });
  }

  it("is two weeks, day by day, until the couple's first check-in is four weeks old; eight weeks after", async () => {
    const { a, b } = await makeCouple();
    expect(await defaultTimelineWeeks(a)).toBe(2);
    await saveCheckIn(a, input(localDateIn("UTC")));
    expect(await defaultTimelineWeeks(a)).toBe(2);
    await backdate(b, daysAgo(26));
    expect(await defaultTimelineWeeks(a)).toBe(2);
    await db.checkIn.updateMany({ where: { authorId: b.userId }, data: { localDate: daysAgo(27) } });
    // The partner's first check-in counts for both of them.
    expect([await defaultTimelineWeeks(a), await defaultTimelineWeeks(b)]).toEqual([8, 8]);
  });

  it("counts only this couple's check-ins, and a therapist's default follows the link's scope", async () => {
    const old = await makeCouple(["Jo", "Kim"]);
    await backdate(old.a, daysAgo(60));
    const { a } = await makeCouple();
    expect(await defaultTimelineWeeks(a)).toBe(2);
    expect(await defaultTimelineWeeks(old.b)).toBe(8);
    const withCheckIns = await therapist(old.a, ["check-ins"]);
    const without = await therapist(old.a, ["progress"]);
    expect(await defaultTimelineWeeks(withCheckIns)).toBe(8);
    expect(await defaultTimelineWeeks(without)).toBe(2);
    expect((await getTherapistView(withCheckIns)).weeks).toBe(8);
    // A link that asks for a range gets it.
    expect((await getTherapistView(withCheckIns, { weeks: 26 })).checkIns?.weeks).toBe(26);
  });
});
