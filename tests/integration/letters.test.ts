import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PartnerContext } from "@/lib/server/access";
import { createEntry } from "@/lib/server/entries/write";
import { listStageEntries } from "@/lib/server/entries/read";
import { createEntryAction } from "@/app/(app)/app/stages/actions";
import type { Visibility } from "@/lib/entries/labels";
import { db, makeCouple, takeSafetyChecks, therapistFor } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

/** The hurt partner's impact letter on stage 2. */
async function impactLetter(ctx: PartnerContext, visibility: Visibility, text = "When I found out, the floor went.") {
  const res = await createEntry(ctx, {
    stageSlug: "communication",
    exerciseKey: "impact-letter",
    kind: "impact-letter",
    visibility,
    body: { answers: [text] },
  });
  if (!res.ok) throw new Error(`setup: ${JSON.stringify(res)}`);
  return res.data.id;
}

/** A reply as the form under a letter sends it, through the real action. */
function reply(ctx: PartnerContext, letterId: string | undefined, text = "I hear that the floor went. I did that.") {
  signInAs(ctx);
  return createEntryAction(
    null,
    form({
      kind: "letter-reply",
      stageSlug: "communication",
      exerciseKey: "letter-reply",
      visibility: "partner",
      ...(letterId === undefined ? {} : { letterId }),
      "answer-0": text,
    }),
  );
}

const replyCount = (coupleId: string) => db.entry.count({ where: { coupleId, kind: "letter-reply" } });

describe("a reply to an impact letter", () => {
  it("the partner who broke trust replies to a letter shared with them, and both read it under that letter", async () => {
    const { a, b, coupleId } = await makeCouple();
    await takeSafetyChecks(a, b);
    const letterId = await impactLetter(b, "partner");
    expect(await reply(a, letterId)).toMatchObject({ ok: true });
    const replies = (await listStageEntries(b, "communication")).filter((e) => e.kind === "letter-reply");
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ authorId: a.userId, body: { letterId, answers: ["I hear that the floor went. I did that."] } });
    expect(await replyCount(coupleId)).toBe(1);
  });

  it("is refused, with a message on the letter, for a private letter its author can't read", async () => {
    const { a, b, coupleId } = await makeCouple();
    await takeSafetyChecks(a, b);
    const letterId = await impactLetter(b, "private");
    const res = await reply(a, letterId);
    expect(res).toMatchObject({ ok: false, fieldErrors: { letterId: [expect.stringMatching(/letter/)] } });
    expect(await replyCount(coupleId)).toBe(0);
  });

  it("is refused for another couple's letter, even one shared there", async () => {
    const { a, b, coupleId } = await makeCouple();
    const other = await makeCouple(["Jo", "Kim"]);
    await takeSafetyChecks(a, b);
    const theirs = await impactLetter(other.b, "therapist");
    expect(await reply(a, theirs)).toMatchObject({ ok: false, fieldErrors: { letterId: [expect.any(String)] } });
    expect(await replyCount(coupleId)).toBe(0);
    expect(await replyCount(other.coupleId)).toBe(0);
  });

  it("is refused for a bad id, a missing one, an entry that is not an impact letter, and one's own letter", async () => {
    const { a, b, coupleId } = await makeCouple();
    await takeSafetyChecks(a, b);
    const own = await impactLetter(a, "partner");
    const notALetter = await createEntry(b, {
      stageSlug: "communication",
      exerciseKey: "gentle-check-in",
      kind: "prompt",
      visibility: "partner",
      body: { answers: ["tired"] },
    });
    if (!notALetter.ok) throw new Error("setup");
    for (const id of ["no-such-letter", "x".repeat(65), notALetter.data.id, own]) {
      expect(await reply(a, id), id).toMatchObject({ ok: false, fieldErrors: { letterId: [expect.any(String)] } });
    }
    expect(await reply(a, undefined)).toMatchObject({ ok: false, fieldErrors: { letterId: [expect.any(String)] } });
    expect(await replyCount(coupleId)).toBe(0);
  });

  it("is refused to a letter deleted a moment before", async () => {
    const { a, b, coupleId } = await makeCouple();
    await takeSafetyChecks(a, b);
    const letterId = await impactLetter(b, "partner");
    await db.entry.updateMany({ where: { id: letterId }, data: { deletedAt: new Date(), body: "{}" } });
    expect(await reply(a, letterId)).toMatchObject({ ok: false, fieldErrors: { letterId: [expect.any(String)] } });
    expect(await replyCount(coupleId)).toBe(0);
  });

  it("a therapist link can't write one", async () => {
    const { a, b, coupleId } = await makeCouple();
    const letterId = await impactLetter(b, "therapist");
    const therapist = await therapistFor(b, ["progress", "entries"]);
    await expect(
      createEntry(therapist, {
        stageSlug: "communication",
        exerciseKey: "letter-reply",
        kind: "letter-reply",
        visibility: "therapist",
        body: { letterId, answers: ["x"] },
      }),
    ).rejects.toThrow(/read-only/);
    expect(await replyCount(coupleId)).toBe(0);
    expect(a.coupleId).toBe(coupleId);
  });
});
