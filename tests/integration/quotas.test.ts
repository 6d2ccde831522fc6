import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as stageActions from "@/app/(app)/app/stages/actions";
import { createShareLink, revokeShareLink } from "@/lib/server/share/links";
import { reloadEnvForTests } from "@/lib/server/env";
import { OPEN_SHARE_LINKS_PER_PARTNER, TOO_MANY_SHARE_LINKS } from "@/lib/server/quotas";
import { db, makeCouple } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

// Per-partner caps (lib/server/quotas.ts): changes per day, open therapist links at a time.

const statement = (answer: string) =>
  form({
    kind: "accountability",
    stageSlug: "acknowledgment",
    exerciseKey: "accountability-statement",
    visibility: "partner",
    "answer-0": answer,
  });

describe("the daily allowance of changes", () => {
  beforeEach(() => {
    process.env.MEND_WRITES_PER_DAY = "3";
    reloadEnvForTests();
  });
  afterEach(() => {
    delete process.env.MEND_WRITES_PER_DAY;
    reloadEnvForTests();
  });

  it("refuses a partner's change past the cap with a clear message, stores nothing, and leaves the other partner's allowance alone", async () => {
    const { a, b, coupleId } = await makeCouple();
    signInAs(a);
    // Ill-formed input never reaches the database, so it does not count.
    expect((await stageActions.createEntryAction(null, form({ kind: "accountability", visibility: "everyone" }))).ok).toBe(false);
    for (const n of [1, 2, 3]) expect(await stageActions.createEntryAction(null, statement(`entry ${n}`))).toMatchObject({ ok: true });
    const refused = await stageActions.createEntryAction(null, statement("entry 4"));
    expect(refused).toEqual({
      ok: false,
      fieldErrors: {},
      formError: expect.stringMatching(/at most 3 changes .* not saved.* about 24 hours/),
    });
    expect(await db.entry.count({ where: { coupleId, authorId: a.userId } })).toBe(3);

    signInAs(b);
    expect(await stageActions.createEntryAction(null, statement("the partner's own"))).toMatchObject({ ok: true });
    expect(await db.entry.count({ where: { coupleId } })).toBe(4);
  });

  it("opens again once the day has passed", async () => {
    const { a, coupleId } = await makeCouple();
    signInAs(a);
    for (const n of [1, 2, 3]) await stageActions.createEntryAction(null, statement(`entry ${n}`));
    expect((await stageActions.createEntryAction(null, statement("too many"))).ok).toBe(false);
    await db.rateLimit.updateMany({ where: { key: `writes:user:${a.userId}` }, data: { resetAt: new Date(Date.now() - 1000) } });
    expect(await stageActions.createEntryAction(null, statement("the next day"))).toMatchObject({ ok: true });
    expect(await db.entry.count({ where: { coupleId, authorId: a.userId } })).toBe(4);
  });
});

describe("open therapist links", () => {
  const create = (ctx: Parameters<typeof createShareLink>[0]) =>
    createShareLink(ctx, { therapistName: "Dr. Rivera", scope: ["progress"], expiryDays: 30 });

  it(`allows ${OPEN_SHARE_LINKS_PER_PARTNER} open links per partner; revoked and expired ones do not count`, async () => {
    const { a, b, coupleId } = await makeCouple();
    for (let n = 0; n < OPEN_SHARE_LINKS_PER_PARTNER; n++) expect((await create(a)).ok).toBe(true);
    expect(await create(a)).toEqual({ ok: false, fieldErrors: {}, formError: TOO_MANY_SHARE_LINKS });
    expect(await db.shareLink.count({ where: { coupleId } })).toBe(OPEN_SHARE_LINKS_PER_PARTNER);
    // The other partner has their own allowance.
    expect((await create(b)).ok).toBe(true);

    const [first, second] = await db.shareLink.findMany({ where: { coupleId, createdById: a.userId }, orderBy: { createdAt: "asc" } });
    expect((await revokeShareLink(a, first!.id)).ok).toBe(true);
    expect((await create(a)).ok).toBe(true);
    expect((await create(a)).ok).toBe(false);
    await db.shareLink.update({ where: { id: second!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await create(a)).ok).toBe(true);
  });

  it("holds when two creations race at the cap", async () => {
    const { a, coupleId } = await makeCouple();
    for (let n = 0; n < OPEN_SHARE_LINKS_PER_PARTNER - 1; n++) await create(a);
    const results = await Promise.all([create(a), create(a), create(a)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.shareLink.count({ where: { coupleId, revokedAt: null } })).toBe(OPEN_SHARE_LINKS_PER_PARTNER);
  });
});
