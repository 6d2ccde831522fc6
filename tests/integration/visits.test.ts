import { describe, expect, it } from "vitest";
import type { PartnerContext } from "@/lib/server/access";
import { VISIT_GAP_MS, noteVisitAt } from "@/lib/server/couples/visits";
import { entryOverview } from "@/lib/server/entries/read";
import { createEntry } from "@/lib/server/entries/write";
import { db, makeCouple } from "./factories";

const MINUTE = 60_000;

describe("since your last visit", () => {
  it("starts after the previous visit ended: the same answer all visit long, a new one after half an hour away", async () => {
    const { a, b } = await makeCouple();
    const t0 = new Date("2026-12-01T09:00:00Z");
    expect(await noteVisitAt(a, t0)).toBeNull();
    // Pages within the visit keep "first visit", and push the visit's end along.
    expect(await noteVisitAt(a, new Date(t0.getTime() + 10 * MINUTE))).toBeNull();
    expect(await noteVisitAt(a, new Date(t0.getTime() + 35 * MINUTE))).toBeNull();
    // Away longer than the gap: the previous visit ended at its last page.
    const back = new Date(t0.getTime() + 35 * MINUTE + VISIT_GAP_MS + MINUTE);
    expect(await noteVisitAt(a, back)).toEqual(new Date(t0.getTime() + 35 * MINUTE));
    expect(await noteVisitAt(a, new Date(back.getTime() + MINUTE))).toEqual(new Date(t0.getTime() + 35 * MINUTE));
    // The other partner's visits are their own.
    expect(await noteVisitAt(b, back)).toBeNull();
  });

  it("touches only the caller's own membership in their own couple", async () => {
    const one = await makeCouple();
    const two = await makeCouple();
    await noteVisitAt(one.a, new Date("2026-12-01T09:00:00Z"));
    // A context naming another couple's id with this user writes nothing there.
    await noteVisitAt({ coupleId: two.coupleId, userId: one.a.userId }, new Date("2026-12-02T09:00:00Z"));
    const rows = await db.membership.findMany({
      where: { coupleId: { in: [one.coupleId, two.coupleId] } },
      select: { userId: true, seenAt: true },
    });
    expect(rows.filter((r) => r.seenAt !== null)).toEqual([{ userId: one.a.userId, seenAt: new Date("2026-12-01T09:00:00Z") }]);
  });
});

const myExerciseKeys = async (ctx: PartnerContext, stageSlug: string) => (await entryOverview(ctx)).exercisesWritten(stageSlug);

describe("the exercises a partner has written", () => {
  it("counts only the caller's own, undeleted entries of that stage", async () => {
    const { a, b } = await makeCouple();
    expect(await myExerciseKeys(a, "acknowledgment")).toEqual(new Set());
    const mine = await createEntry(a, {
      stageSlug: "acknowledgment",
      exerciseKey: "private-reckoning",
      kind: "reflection",
      visibility: "private",
      body: { answers: ["Written."] },
    });
    const theirs = await createEntry(b, {
      stageSlug: "acknowledgment",
      exerciseKey: "what-i-need-to-hear",
      kind: "prompt",
      visibility: "partner",
      body: { answers: ["Written.", "", ""] },
    });
    expect(mine.ok && theirs.ok).toBe(true);
    expect(await myExerciseKeys(a, "acknowledgment")).toEqual(new Set(["private-reckoning"]));
    expect(await myExerciseKeys(b, "acknowledgment")).toEqual(new Set(["what-i-need-to-hear"]));
    expect(await myExerciseKeys(a, "communication")).toEqual(new Set());
    if (!mine.ok) return;
    await db.entry.update({ where: { id: mine.data.id }, data: { deletedAt: new Date() } });
    expect(await myExerciseKeys(a, "acknowledgment")).toEqual(new Set());
  });
});
