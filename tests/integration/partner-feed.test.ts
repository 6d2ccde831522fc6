import { describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerContext } from "@/lib/server/access";
import { readableEvents } from "@/lib/server/couples/boundary";
import { readableEntriesWhere, readableResponsesWhere } from "@/lib/server/entries/visibility";
import { feedRows, partnerFeed } from "@/lib/server/partner-feed";
import { FEED_ACTIONS } from "@/lib/audit/events";
import { MOVE_ON_SLUG } from "@/lib/journey/move-on";
import { db, makeCouple, makeUser } from "./factories";

// The partner feed's rows are one statement of SQL of our own (issue 26, decision 016), run alike on
// SQLite and PostgreSQL (this file runs on both). Each case compares it with the reads it replaced,
// through Prisma's typed client with the reader's limits written once (lib/server/entries/visibility.ts,
// lib/server/couples/boundary.ts): private, deleted and hidden entries, stage 8's marks, a response to
// an entry the reader can't see, and the new-partner boundary.

async function throughPrisma(ctx: PartnerContext, partnerId: string, take: number) {
  const [entries, events, responses] = await Promise.all([
    db.entry.findMany({
      where: readableEntriesWhere(ctx, { authorId: partnerId }),
      select: { id: true, stageSlug: true, exerciseKey: true, kind: true, createdAt: true, updatedAt: true },
      orderBy: { updatedAt: "desc" },
      take,
    }),
    db.auditEvent.findMany({
      where: {
        coupleId: ctx.coupleId,
        actorId: partnerId,
        action: { in: FEED_ACTIONS },
        NOT: { subject: MOVE_ON_SLUG, action: { startsWith: "stage." } },
        AND: readableEvents<Prisma.AuditEventWhereInput>(ctx),
      },
      select: { action: true, subject: true, at: true },
      orderBy: { at: "desc" },
      take,
    }),
    db.entryResponse.findMany({
      where: { coupleId: ctx.coupleId, authorId: partnerId, entry: readableEntriesWhere(ctx), AND: readableResponsesWhere(ctx).AND },
      select: { verdict: true, createdAt: true, entryId: true, entry: { select: { stageSlug: true } } },
      orderBy: { createdAt: "desc" },
      take,
    }),
  ]);
  return {
    entries,
    events,
    responses: responses.map(({ entry, ...r }) => ({ ...r, stageSlug: entry.stageSlug })),
  };
}

const minute = (n: number) => new Date(Date.UTC(2026, 11, 1, 8, n, 0, 125));
let made = 0;

async function entry(
  ctx: { coupleId: string; userId: string },
  visibility: string,
  at: Date,
  extra: Partial<Prisma.EntryUncheckedCreateInput> = {},
) {
  const row = await db.entry.create({
    data: {
      coupleId: ctx.coupleId,
      authorId: ctx.userId,
      stageSlug: "communication",
      exerciseKey: `key-${++made}`,
      kind: "reflection",
      body: JSON.stringify({ answers: ["words"] }),
      visibility,
      sharedAt: at,
      createdAt: at,
      ...extra,
    },
    select: { id: true },
  });
  // updatedAt is the database's own: set it to the moment this entry stands for.
  await db.entry.updateMany({
    where: { id: row.id, coupleId: ctx.coupleId },
    data: { updatedAt: extra.updatedAt ?? extra.sharedAt ?? at },
  });
  return row.id;
}

const event = (ctx: { coupleId: string; userId: string }, action: string, subject: string, at: Date) =>
  db.auditEvent.create({ data: { coupleId: ctx.coupleId, actorId: ctx.userId, action, subject, at } });

const respond = (ctx: { coupleId: string; userId: string }, entryId: string, verdict: string, at: Date) =>
  db.entryResponse.create({ data: { coupleId: ctx.coupleId, authorId: ctx.userId, entryId, verdict, createdAt: at } });

describe("the partner feed's rows, in one statement", () => {
  it("reads the partner's shared entries, feed events and responses, and nothing the reader may not see", async () => {
    const { a, b } = await makeCouple(["Iris", "Joel"]);
    const other = await makeCouple(["Kit", "Lou"]);
    const mine = await entry(a, "private", minute(1));
    const shared = await entry(b, "partner", minute(2), { updatedAt: minute(9) });
    await entry(b, "therapist", minute(3));
    await entry(b, "private", minute(4));
    await entry(b, "partner", minute(5), { deletedAt: minute(6) });
    const hidden = await entry(b, "private", minute(7));
    await entry(other.b, "partner", minute(8));
    await event(b, "stage.done", "communication", minute(10));
    await event(b, "stage.done", MOVE_ON_SLUG, minute(11));
    await event(b, "entry.deleted", "x", minute(12)); // not a feed action
    await event(other.b, "stage.done", "communication", minute(13));
    await respond(b, mine, "heard", minute(14));
    await respond(b, hidden, "heard", minute(15)); // under an entry of theirs the reader can't see
    await respond(a, shared, "heard", minute(16)); // the reader's own

    const rows = await feedRows(a, b.userId, 6);
    expect(rows).toEqual(await throughPrisma(a, b.userId, 6));
    expect(rows.entries.map((e) => e.id)).toEqual([shared, expect.any(String)]);
    expect(rows.entries[0]).toMatchObject({ createdAt: minute(2), updatedAt: minute(9), kind: "reflection" });
    expect(rows.events).toEqual([{ action: "stage.done", subject: "communication", at: minute(10) }]);
    expect(rows.responses).toEqual([{ verdict: "heard", createdAt: minute(14), entryId: mine, stageSlug: "communication" }]);
    // The feed built on them has one line each, the newest first.
    expect((await partnerFeed(a)).map((item) => item.type)).toEqual(["response", "stage", "entry", "entry"]);
  });

  it("keeps `take` of each kind, the newest", async () => {
    const { a, b } = await makeCouple(["Mo", "Nia"]);
    for (let i = 0; i < 4; i++) {
      await entry(b, "partner", minute(i));
      await event(b, "stage.done", "patience", minute(10 + i));
    }
    const rows = await feedRows(a, b.userId, 2);
    expect(rows).toEqual(await throughPrisma(a, b.userId, 2));
    expect(rows.events.map((e) => e.at)).toEqual([minute(13), minute(12)]);
  });

  it("shows a partner who joined after someone left only what was shared since", async () => {
    const { coupleId, a } = await makeCouple(["Ona", "Pim"]);
    const ren = await makeUser("Ren");
    // Ren joined at minute 20 (the boundary comes from the membership, as the app builds it).
    const since = minute(20);
    const newcomer: PartnerContext = { ...ren, kind: "partner", coupleId, side: "unsaid", sharedSince: since };
    const before = await entry(a, "partner", minute(5));
    const after = await entry(a, "partner", minute(25));
    await event(a, "stage.done", "patience", minute(6));
    await event(a, "stage.done", "consistency", minute(26));
    const own = await entry(newcomer, "private", minute(21));
    await respond(a, own, "heard", minute(27));
    await respond(a, before, "heard", minute(28));
    // Written before Ren joined but shared again after: Ren sees it (the boundary is when it was
    // shared); written after but with an earlier share time: hidden.
    const reshared = await entry(a, "partner", minute(8), { sharedAt: minute(22) });
    await entry(a, "partner", minute(23), { sharedAt: minute(9) });
    // A response dated before Ren joined, under Ren's own entry: only the response's own boundary hides it.
    const ownEarlier = await entry(newcomer, "private", minute(24));
    await respond(a, ownEarlier, "heard", minute(10));
    const rows = await feedRows(newcomer, a.userId, 6);
    expect(rows).toEqual(await throughPrisma(newcomer, a.userId, 6));
    expect(rows.entries.map((e) => e.id)).toEqual([after, reshared]);
    expect(rows.events.map((e) => e.subject)).toEqual(["consistency"]);
    expect(rows.responses.map((r) => r.entryId)).toEqual([own]);
  });
});
