import { describe, expect, it, vi } from "vitest";
import type { PartnerContext } from "@/lib/server/access";
import { saveCheckIn } from "@/lib/server/check-ins/write";
import { updateCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { checkInSummary, getTimeline, myToday } from "@/lib/server/check-ins/read";
import type { CheckInInput } from "@/lib/validation/check-in";
import { listAgreements } from "@/lib/server/agreements/read";
import { listCommitments } from "@/lib/server/commitments/read";
import { acceptVersion, amendAgreement, proposeAgreement } from "@/lib/server/agreements/write";
import { makeCouple } from "./factories";
import { selectsFrom, statementsOf } from "./statements";

// The dashboard's reads (issue 26, step 1): each section reads what it renders, in as few
// statements as it can. Counted here, where noise can't move the figure; `npm run bench` counts the
// whole page (dashboard_queries).
vi.hoisted(() => void (process.env.MEND_LOG_QUERIES = "1"));

function input(localDate: string, over: Partial<CheckInInput> = {}): CheckInInput {
  return { localDate, trust: 5, closeness: 6, mood: "calm", note: "", noteVisibility: "private", ...over };
}

async function setZone(ctx: PartnerContext, timeZone: string) {
  await updateCheckInPrefs(ctx, { timeZone, scoresPrivate: false, reminderEmail: false, reminderHour: 20 });
}

describe("the check-in summary (the dashboard and stage 3)", () => {
  it("says whether this partner checked in today in their own zone, as the check-in form does", async () => {
    const { a, b } = await makeCouple();
    await setZone(a, "Pacific/Auckland");
    // 20:00 UTC on the 25th is already the 26th in Auckland.
    const now = new Date("2026-11-25T20:00:00Z");
    await saveCheckIn(b, input("2026-11-25"), now);
    await saveCheckIn(a, input("2026-11-25"), now);
    expect((await checkInSummary(a, 2, now)).checkedInToday).toBe(false);
    expect((await checkInSummary(b, 2, now)).checkedInToday).toBe(true);
    expect(Boolean((await myToday(a, now)).checkIn)).toBe(false);

    await saveCheckIn(a, input("2026-11-26", { note: "a note" }), now);
    const summary = await checkInSummary(a, 2, now);
    expect(summary.checkedInToday).toBe(true);
    expect(Boolean((await myToday(a, now)).checkIn)).toBe(true);
    // The same figures the full timeline draws.
    const full = (await getTimeline(a, 2, now))!;
    expect(summary.timeline.series).toEqual(full.series);
    expect(summary.timeline.buckets).toEqual(full.buckets);
    expect(summary.timeline.summary).toEqual(full.summary);
  });

  it("reads the figures beside the members in one statement: no notes opened, no triggers, no second look at today", async () => {
    const { a, b } = await makeCouple();
    const now = new Date("2026-11-25T12:00:00Z");
    await saveCheckIn(a, input("2026-11-24", { note: "private words" }), now);
    await saveCheckIn(b, input("2026-11-25", { note: "shared words", noteVisibility: "partner" }), now);

    const summary = await statementsOf(() => checkInSummary(a, 2, now));
    const before = await statementsOf(() => Promise.all([getTimeline(a, 2, now), myToday(a, now)]));
    const members = await statementsOf(() => import("@/lib/server/couples/members").then((m) => m.coupleMembers(a)));

    const checkInReads = selectsFrom(summary, "CheckIn");
    expect(checkInReads, summary.join("\n")).toHaveLength(1);
    expect(checkInReads[0]).not.toMatch(/\bnote\b/i);
    expect(summary.filter((sql) => /TriggerEvent/.test(sql))).toEqual([]);
    expect(summary.length, summary.join("\n")).toBe(members.length + 1);
    // What the dashboard ran for the same two answers before: the full timeline and today's own row.
    expect(before.length - summary.length, before.join("\n")).toBeGreaterThanOrEqual(3);
  });
});

describe("the agreements list", () => {
  const draft = (title: string) => ({
    title,
    text: `${title}, in words.`,
    category: "communication" as const,
    scope: "",
    reviewAt: null,
    endsAt: null,
  });

  it("reads no versions while there are no agreements", async () => {
    const { a } = await makeCouple();
    const statements = await statementsOf(() => listAgreements(a));
    expect(selectsFrom(statements, "Agreement"), statements.join("\n")).toHaveLength(1);
    expect(selectsFrom(statements, "AgreementVersion"), statements.join("\n")).toEqual([]);
  });

  it("gives each agreement its own versions, oldest first, in one statement for all of them", async () => {
    const { a, b } = await makeCouple();
    const first = await proposeAgreement(a, draft("Phones at dinner"));
    const second = await proposeAgreement(b, draft("Evenings out"));
    if (!first.ok || !second.ok) throw new Error("setup");
    expect(await amendAgreement(b, { id: first.data.id, basedOn: 1, ...draft("Phones away at dinner") })).toMatchObject({ ok: true });
    expect(await acceptVersion(a, { id: first.data.id, version: 2 })).toMatchObject({ ok: true });

    let list: Awaited<ReturnType<typeof listAgreements>> = [];
    const statements = await statementsOf(async () => (list = await listAgreements(a)));
    expect(selectsFrom(statements, "AgreementVersion"), statements.join("\n")).toHaveLength(1);
    const byId = new Map(list.map((x) => [x.id, x]));
    expect(byId.get(first.data.id)).toMatchObject({ status: "active", active: { number: 2, title: "Phones away at dinner" } });
    expect(byId.get(first.data.id)!.head.title).toBe("Phones away at dinner");
    expect(byId.get(second.data.id)).toMatchObject({ status: "proposed", pending: { number: 1, title: "Evenings out" }, active: null });
  });
});

describe("the commitments list", () => {
  it("reads no logs or reviews while there are no commitments", async () => {
    const { a } = await makeCouple();
    const statements = await statementsOf(() => listCommitments(a));
    expect(selectsFrom(statements, "Commitment"), statements.join("\n")).toHaveLength(1);
    expect([...selectsFrom(statements, "CommitmentLog"), ...selectsFrom(statements, "CommitmentReview")]).toEqual([]);
  });
});
