import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PartnerContext } from "@/lib/server/access";
import { logTriggerAction } from "@/app/(app)/app/triggers/actions";
import { logTrigger, replyToTrigger, saveTriggerPlan } from "@/lib/server/triggers/write";
import { listTriggerPlans, listTriggers } from "@/lib/server/triggers/read";
import { getTimeline } from "@/lib/server/check-ins/read";
import { updateCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { getTherapistView } from "@/lib/server/share/therapist-view";
import { localDateIn } from "@/lib/check-ins/dates";
import { INTENSITY_ERROR, TRIGGER_MESSAGES, TRIGGER_NOTE_MAX, TRIGGER_NOT_FOUND, type LogTriggerInput } from "@/lib/validation/trigger";
import { therapistFor, db, makeCouple } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

const input = (over: Partial<LogTriggerInput> = {}): LogTriggerInput => ({
  what: "Their name came up at dinner",
  intensity: 3,
  note: "",
  noteVisibility: "private",
  timeZone: "UTC",
  ...over,
});

async function log(ctx: PartnerContext, over: Partial<LogTriggerInput> = {}, now?: Date) {
  const res = await logTrigger(ctx, input(over), now);
  if (!res.ok) throw new Error("setup");
  return res.data.id;
}

describe("trigger-note privacy", () => {
  it("the partner sees that it happened and how strong, a note only when shared; a therapist only counts and therapist notes", async () => {
    const { a, b } = await makeCouple();
    await log(b, { what: "A song in the shop", intensity: 4, note: "Private: I cried in the car.", noteVisibility: "private" });
    await log(b, { what: "A late reply", intensity: 2, note: "Partner: it felt like before.", noteVisibility: "partner" });
    await log(b, { what: "The hotel ad", intensity: 5, note: "Therapist: this one keeps coming back.", noteVisibility: "therapist" });

    const mine = await listTriggers(b);
    expect(mine.map((t) => t.note?.text)).toEqual([
      "Therapist: this one keeps coming back.",
      "Partner: it felt like before.",
      "Private: I cried in the car.",
    ]);

    const partner = await listTriggers(a);
    expect(partner.map((t) => [t.what, t.intensity, t.note?.text ?? null])).toEqual([
      ["The hotel ad", 5, "Therapist: this one keeps coming back."],
      ["A late reply", 2, "Partner: it felt like before."],
      ["A song in the shop", 4, null],
    ]);
    expect(JSON.stringify(partner)).not.toContain("I cried in the car");

    const withScope = await therapistFor(a, ["triggers"]);
    const seen = await listTriggers(withScope);
    expect(seen.map((t) => [t.what, t.intensity, t.note?.text ?? null])).toEqual([
      [null, 5, "Therapist: this one keeps coming back."],
      [null, 2, null],
      [null, 4, null],
    ]);
    const view = await getTherapistView(withScope);
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/I cried in the car|felt like before|A song in the shop|A late reply|The hotel ad/);
    expect(view.triggers?.weeks.at(-1)).toMatchObject({ count: 3, average: 3.7, strongest: 5 });
    expect(view.triggers?.shared.map((t) => t.note?.text)).toEqual(["Therapist: this one keeps coming back."]);

    const without = await therapistFor(a, ["progress", "check-ins", "entries", "held-questions", "talks"]);
    expect(await listTriggers(without)).toEqual([]);
    expect((await getTherapistView(without)).triggers).toBeNull();
    expect((await getTimeline(without, 2))?.triggers).toBeNull();
  });

  it("another couple sees none of it and can't reply", async () => {
    const { b } = await makeCouple();
    const other = await makeCouple(["Jo", "Kim"]);
    const id = await log(b, { note: "Shared", noteVisibility: "partner" });
    expect(await listTriggers(other.a)).toEqual([]);
    expect(await replyToTrigger(other.a, { id, text: "Crossing over" })).toMatchObject({ ok: false, formError: TRIGGER_NOT_FOUND });
    expect(await db.triggerReply.count({ where: { triggerId: id } })).toBe(0);
  });
});

describe("attuned replies and plans", () => {
  it("the other partner replies; the one who logged it can't reply to themselves", async () => {
    const { a, b } = await makeCouple();
    const id = await log(b);
    expect(await replyToTrigger(b, { id, text: "Talking to myself" })).toMatchObject({ ok: false, formError: TRIGGER_MESSAGES.ownTrigger });
    expect(await replyToTrigger(a, { id, text: "I'm here. What do you need right now?" })).toMatchObject({ ok: true });
    const [t] = await listTriggers(b);
    expect(t?.replies.map((r) => [r.authorId, r.text])).toEqual([[a.userId, "I'm here. What do you need right now?"]]);
    await expect(db.$executeRaw`UPDATE "TriggerReply" SET "text" = 'changed' WHERE "triggerId" = ${id}`).rejects.toThrow(/immutable/);
    expect((await listTriggers(b))[0]?.replies.map((r) => r.text)).toEqual(["I'm here. What do you need right now?"]);
  });

  it("each partner keeps one plan, rewritten in place, readable by both but never by a therapist", async () => {
    const { a, b } = await makeCouple();
    await saveTriggerPlan(b, { helpsMe: "A walk", iWill: "Tell you" });
    await saveTriggerPlan(b, { helpsMe: "A walk and a hug", iWill: "Tell you" });
    await saveTriggerPlan(a, { helpsMe: "", iWill: "Put my phone on the table" });
    const plans = await listTriggerPlans(a);
    expect(plans.map((p) => [p.isMine, p.helpsMe, p.iWill])).toEqual([
      [true, "", "Put my phone on the table"],
      [false, "A walk and a hug", "Tell you"],
    ]);
    expect(await db.triggerPlan.count({ where: { coupleId: a.coupleId } })).toBe(2);
    expect(await listTriggerPlans(await therapistFor(a, ["triggers"]))).toEqual([]);
  });
});

describe("bad input", () => {
  it("intensity out of range, an oversized note or an empty description get field errors; nothing is stored", async () => {
    const { a } = await makeCouple();
    signInAs(a);
    const good = { what: "A text from an unknown number", intensity: "3", note: "", noteVisibility: "private", timeZone: "UTC" };
    for (const intensity of ["0", "6", "-1", "2.5", "three", ""]) {
      expect(await logTriggerAction(null, form({ ...good, intensity }))).toMatchObject({
        ok: false,
        fieldErrors: { intensity: [INTENSITY_ERROR] },
      });
    }
    expect(await logTriggerAction(null, form({ ...good, note: "x".repeat(TRIGGER_NOTE_MAX + 1) }))).toMatchObject({
      ok: false,
      fieldErrors: { note: [expect.stringMatching(/too long/)] },
    });
    expect(await logTriggerAction(null, form({ ...good, what: " " }))).toMatchObject({
      ok: false,
      fieldErrors: { what: ["Enter what happened."] },
    });
    expect(await logTriggerAction(null, form({ ...good, noteVisibility: "everyone" }))).toMatchObject({ ok: false });
    expect(await db.triggerEvent.count({ where: { coupleId: a.coupleId } })).toBe(0);
    expect(await logTriggerAction(null, form(good))).toMatchObject({ ok: true });
    expect(await db.triggerEvent.count({ where: { coupleId: a.coupleId } })).toBe(1);
  });
});

describe("on the trust timeline", () => {
  it("counts triggers and their intensity per week, by the day in the author's own time zone", async () => {
    const { a, b } = await makeCouple();
    await updateCheckInPrefs(a, { timeZone: "UTC", scoresPrivate: false, reminderEmail: false, reminderHour: 20 });
    const now = new Date();
    // The stored day is Auckland's, which can be "tomorrow" for a reader in UTC: it still counts this week.
    const id = await log(b, { intensity: 2, timeZone: "Pacific/Auckland" }, now);
    expect((await db.triggerEvent.findUniqueOrThrow({ where: { id } })).localDate).toBe(localDateIn("Pacific/Auckland", now));
    await log(b, { intensity: 4 }, now);
    await log(b, { intensity: 5 }, new Date(now.getTime() - 14 * 86_400_000));
    const timeline = await getTimeline(a, 8, now);
    const weeks = timeline!.triggers!;
    expect(weeks).toHaveLength(8);
    expect(weeks.reduce((n, w) => n + w.count, 0)).toBe(3);
    expect(weeks.find((w) => w.strongest === 5)).toMatchObject({ count: 1, average: 5 });
    const recent = weeks.slice(-2).filter((w) => w.count > 0);
    expect(recent.reduce((n, w) => n + w.count, 0)).toBe(2);
  });
});
