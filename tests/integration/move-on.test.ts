import { describe, expect, it } from "vitest";
import { getProgress, markStageDone, nextSuggested, reopenStage, stageHistory } from "@/lib/server/journey/progress";
import { partnerFeed } from "@/lib/server/partner-feed";
import { updateProfile } from "@/lib/server/couples/couple";
import { leaveCouple } from "@/lib/server/departure/leave";
import { ReadOnlyContextError, type PartnerContext, type ReadContext } from "@/lib/server/access";
import { MOVE_ON_NOT_YOURS, MOVE_ON_SLUG, isJointStage } from "@/lib/journey/move-on";
import { STAGE_SLUGS } from "@/lib/content/stages";
import type { Side } from "@/lib/validation/couple";
import { getTherapistView } from "@/lib/server/share/therapist-view";
import { db, makeCouple, therapistFor } from "./factories";

// Issue 20 §4 (decision 012): stage 8's mark is the hurt partner's "choice to move on". Only a
// partner who holds it (lib/journey/move-on.ts) sets or clears it; the server refuses anyone else
// and writes nothing; nothing the other partner does clears it; it is never joint progress.

const REFUSED = { ok: false, fieldErrors: {}, formError: MOVE_ON_NOT_YOURS };

async function setSide(ctx: PartnerContext, side: Side): Promise<PartnerContext> {
  await updateProfile(ctx, { name: ctx.name, side });
  return { ...ctx, side };
}

/** Alex broke trust (involved), Sam was hurt. */
async function hurtCouple() {
  const { a, b, coupleId } = await makeCouple();
  return { coupleId, a: await setSide(a, "involved"), b: await setSide(b, "hurt") };
}

const markers = (coupleId: string) => db.stageProgress.findMany({ where: { coupleId, stageSlug: MOVE_ON_SLUG }, select: { userId: true } });
const events = (coupleId: string) => db.auditEvent.count({ where: { coupleId, subject: MOVE_ON_SLUG } });
const stage8 = async (ctx: ReadContext) => (await getProgress(ctx)).find((p) => p.slug === MOVE_ON_SLUG)!;

describe("the choice to move on", () => {
  it("lets the hurt partner set it and clear it, and is never joint progress", async () => {
    const { a, b, coupleId } = await hurtCouple();
    expect(await markStageDone(b, MOVE_ON_SLUG)).toEqual({ ok: true, data: undefined });
    expect(await markers(coupleId)).toEqual([{ userId: b.userId }]);
    const mine = await stage8(b);
    expect(mine.joint).toBeNull();
    expect(mine.doneBy.map((d) => d.userId)).toEqual([b.userId]);
    // The other partner reads that the choice is Sam's, not whether it was made.
    expect((await stage8(a)).doneBy).toEqual([]);
    expect((await stage8(a)).joint).toBeNull();

    expect(await reopenStage(b, MOVE_ON_SLUG)).toEqual({ ok: true, data: undefined });
    expect(await markers(coupleId)).toEqual([]);
  });

  it("refuses the partner who broke trust, with a clear message, and writes nothing", async () => {
    const { a, coupleId } = await hurtCouple();
    const before = await events(coupleId);
    expect(await markStageDone(a, MOVE_ON_SLUG)).toEqual(REFUSED);
    expect(await reopenStage(a, MOVE_ON_SLUG)).toEqual(REFUSED);
    expect(await markers(coupleId)).toEqual([]);
    expect(await events(coupleId)).toBe(before);
  });

  it("asks the stored side, not the one a caller claims", async () => {
    const { a, coupleId } = await hurtCouple();
    expect(await markStageDone({ ...a, side: "hurt" }, MOVE_ON_SLUG)).toEqual(REFUSED);
    expect(await markers(coupleId)).toEqual([]);
  });

  it("lets a partner who'd rather not say hold it unless the other said they were hurt", async () => {
    const { a, b, coupleId } = await makeCouple(); // Alex involved, Sam unsaid
    expect(await markStageDone(b, MOVE_ON_SLUG)).toEqual({ ok: true, data: undefined });
    await reopenStage(b, MOVE_ON_SLUG);
    // Alex now says they were the one hurt: the choice is theirs, not Sam's.
    const hurtA = await setSide(a, "hurt");
    expect(await markStageDone(b, MOVE_ON_SLUG)).toEqual(REFUSED);
    expect(await markStageDone(hurtA, MOVE_ON_SLUG)).toEqual({ ok: true, data: undefined });
    expect(await reopenStage(b, MOVE_ON_SLUG)).toEqual(REFUSED);
    expect(await markers(coupleId)).toEqual([{ userId: a.userId }]);
  });

  it("can't be cleared by the other partner's reopen or mark, even when both hold their own", async () => {
    const { a, b, coupleId } = await hurtCouple();
    await markStageDone(b, MOVE_ON_SLUG);
    expect(await reopenStage(a, MOVE_ON_SLUG)).toEqual(REFUSED);
    expect(await markStageDone(a, MOVE_ON_SLUG)).toEqual(REFUSED);
    // Reopening every other stage, as either partner, leaves it alone.
    for (const slug of STAGE_SLUGS.filter(isJointStage)) {
      await markStageDone(a, slug);
      await reopenStage(a, slug);
    }
    expect(await markers(coupleId)).toEqual([{ userId: b.userId }]);

    // Both partners on both sides: each holds their own choice, and clearing one leaves the other.
    const both = await makeCouple(["Jo", "Kim"]);
    const [jo, kim] = [await setSide(both.a, "both"), await setSide(both.b, "both")];
    await markStageDone(jo, MOVE_ON_SLUG);
    await markStageDone(kim, MOVE_ON_SLUG);
    await reopenStage(kim, MOVE_ON_SLUG);
    expect(await markers(both.coupleId)).toEqual([{ userId: jo.userId }]);
    expect((await stage8(kim)).doneBy).toEqual([]);
  });

  it("stays with the hurt partner when the other one leaves", async () => {
    const { a, b, coupleId } = await hurtCouple();
    await markStageDone(b, MOVE_ON_SLUG);
    expect(await leaveCouple(a, { shared: "keep" })).toMatchObject({ ok: true });
    expect(await markers(coupleId)).toEqual([{ userId: b.userId }]);
  });

  it("can't be touched from another couple or through a therapist link", async () => {
    const { b, coupleId } = await hurtCouple();
    await markStageDone(b, MOVE_ON_SLUG);
    const other = await hurtCouple();
    expect(await reopenStage(other.b, MOVE_ON_SLUG)).toEqual({ ok: true, data: undefined });
    expect(await reopenStage({ ...other.b, coupleId }, MOVE_ON_SLUG)).toEqual(REFUSED);
    const therapist = await therapistFor(b, ["progress"]);
    await expect(reopenStage(therapist, MOVE_ON_SLUG)).rejects.toThrow(ReadOnlyContextError);
    await expect(markStageDone(therapist, MOVE_ON_SLUG)).rejects.toThrow(ReadOnlyContextError);
    expect(await markers(coupleId)).toEqual([{ userId: b.userId }]);
    // The therapist reads that the choice was made (the share page says so neutrally)...
    expect((await stage8(therapist)).doneBy.map((d) => d.userId)).toEqual([b.userId]);
    expect((await getTherapistView(therapist)).progress!.stages.find((s) => s.slug === MOVE_ON_SLUG)).toMatchObject({
      joint: null,
      choice: "made",
    });
  });

  it("shows through a link made by the other partner no more than that partner reads", async () => {
    const { a, b } = await hurtCouple();
    await markStageDone(b, MOVE_ON_SLUG);
    const linkOfA = await therapistFor(a, ["progress"]);
    expect((await stage8(linkOfA)).doneBy).toEqual([]);
    expect((await stageHistory(linkOfA)).filter((e) => e.subject === MOVE_ON_SLUG)).toEqual([]);
    const view = await getTherapistView(linkOfA);
    expect(view.progress!.stages.find((s) => s.slug === MOVE_ON_SLUG)).toMatchObject({ joint: null, choice: "unshown" });
    // Stage 8 is never counted as anyone's progress.
    expect(view.progress!.donePerPartner.every((p) => p.count === 0)).toBe(true);
  });
});

describe("nothing waits on stage 8 or nudges toward it", () => {
  it("is never suggested as the next step, for either partner", async () => {
    const { a, b } = await hurtCouple();
    const suggested = async (ctx: PartnerContext) => nextSuggested(await getProgress(ctx), ctx.userId)?.slug;
    for (const slug of STAGE_SLUGS.slice(0, 7)) {
      await markStageDone(a, slug);
      await markStageDone(b, slug);
    }
    expect(await suggested(a)).toBe("boundaries");
    expect(await suggested(b)).toBe("boundaries");
    await markStageDone(a, "boundaries");
    await markStageDone(b, "boundaries");
    expect(await suggested(a)).toBeUndefined();
    expect(await suggested(b)).toBeUndefined();
  });

  it("puts no stage-8 line in the partner's activity or their stage history", async () => {
    const { a, b } = await hurtCouple();
    await markStageDone(b, MOVE_ON_SLUG);
    await reopenStage(b, MOVE_ON_SLUG);
    await markStageDone(b, MOVE_ON_SLUG);
    expect((await partnerFeed(a)).filter((i) => "stageSlug" in i && i.stageSlug === MOVE_ON_SLUG)).toEqual([]);
    expect((await stageHistory(a)).filter((e) => e.subject === MOVE_ON_SLUG)).toEqual([]);
    // The holder's own history keeps their own choices (their export carries them).
    expect((await stageHistory(b)).filter((e) => e.subject === MOVE_ON_SLUG)).toHaveLength(3);

    // Partners on both sides: one's choice is no line in the other's activity either.
    const both = await makeCouple(["Jo", "Kim"]);
    const jo = await setSide(both.a, "both");
    const kim = await setSide(both.b, "both");
    await markStageDone(jo, MOVE_ON_SLUG);
    expect((await partnerFeed(kim)).filter((i) => "stageSlug" in i && i.stageSlug === MOVE_ON_SLUG)).toEqual([]);
  });
});
