import { describe, expect, it } from "vitest";
import { getProgress, jointState, markStageDone, nextSuggested, reopenStage, stageHistory } from "@/lib/server/journey/progress";
import { createEntry } from "@/lib/server/entries/write";
import { partnerFeed } from "@/lib/server/partner-feed";
import { db, makeCouple } from "./factories";

const stage = async (ctx: Parameters<typeof getProgress>[0], slug: string) => (await getProgress(ctx)).find((p) => p.slug === slug)!;

describe("joint stage progress", () => {
  it("is done together only when both partners have marked it", async () => {
    const { a, b } = await makeCouple();
    expect((await stage(a, "acknowledgment")).joint).toBe("open");
    await markStageDone(a, "acknowledgment");
    expect((await stage(b, "acknowledgment")).joint).toBe("one-done");
    await markStageDone(a, "acknowledgment"); // idempotent: no second mark, no second event
    expect((await stage(b, "acknowledgment")).doneBy).toHaveLength(1);
    expect(await stageHistory(a)).toHaveLength(1);
    await markStageDone(b, "acknowledgment");
    expect((await stage(a, "acknowledgment")).joint).toBe("done-together");
  });

  it("lets either partner reopen, clearing both marks, and keeps the history", async () => {
    const { a, b } = await makeCouple();
    await markStageDone(a, "patience");
    await markStageDone(b, "patience");
    await reopenStage(b, "patience");
    await reopenStage(a, "patience"); // nothing left to reopen: not recorded
    expect((await stage(a, "patience")).joint).toBe("open");
    const history = await stageHistory(a);
    expect(history.map((h) => h.action)).toEqual(["stage.reopened", "stage.done", "stage.done"]);
  });

  it("never touches another couple's progress and ignores unknown stages", async () => {
    const { a } = await makeCouple();
    const other = await makeCouple(["Jo", "Kim"]);
    await markStageDone(other.a, "boundaries");
    await markStageDone(other.b, "boundaries");
    await reopenStage(a, "boundaries");
    expect((await stage(other.a, "boundaries")).joint).toBe("done-together");
    expect(await markStageDone(a, "../etc")).toMatchObject({ ok: false, formError: "That stage doesn't exist." });
    expect(await db.stageProgress.count({ where: { coupleId: a.coupleId } })).toBe(0);
  });

  it("derives the joint state from the counts", () => {
    expect(jointState(0, 2)).toBe("open");
    expect(jointState(1, 2)).toBe("one-done");
    expect(jointState(2, 2)).toBe("done-together");
    expect(jointState(1, 1)).toBe("one-done");
  });

  it("suggests the first stage the viewer has not finished, in the journey's order", async () => {
    const { a, b } = await makeCouple();
    await markStageDone(a, "acknowledgment");
    expect(nextSuggested(await getProgress(a), a.userId)?.slug).toBe("communication");
    expect(nextSuggested(await getProgress(b), b.userId)?.slug).toBe("acknowledgment");
  });
});

describe("partner feed", () => {
  it("shows the partner's shared work and marks, never their private entries", async () => {
    const { a, b } = await makeCouple();
    await createEntry(a, {
      stageSlug: "self-work",
      exerciseKey: "root-causes",
      kind: "reflection",
      visibility: "private",
      body: { answers: ["secret"] },
    });
    await createEntry(a, {
      stageSlug: "new-memories",
      exerciseKey: null,
      kind: "gratitude",
      visibility: "partner",
      body: { text: "Thanks" },
    });
    await markStageDone(a, "acknowledgment");
    const items = await partnerFeed(b);
    expect(items.map((i) => i.type).sort()).toEqual(["entry", "stage"]);
    expect(items.find((i) => i.type === "entry")).toMatchObject({ kind: "gratitude" });
    expect(await partnerFeed(a)).toEqual([]);
  });
});
