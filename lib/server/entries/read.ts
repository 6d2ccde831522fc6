import "server-only";
import { db } from "@/lib/server/db";
import type { PartnerContext, ReadContext } from "@/lib/server/access";
import { readableEntriesWhere, readableResponsesWhere } from "@/lib/server/entries/visibility";
import { isEntryKind } from "@/lib/entries/kinds";
import { isJointEntry } from "@/lib/entries/joint";
import { entrySelect, entrySelectWithoutResponses, toEntryView, type EntryView } from "@/lib/server/entries/serialize";

/**
 * A partner's response to an entry is written for the other partner only: its author never
 * chose to share it with a therapist, so therapist reads never even select responses.
 */
const selectFor = (ctx: ReadContext) =>
  ctx.kind === "therapist"
    ? entrySelectWithoutResponses
    : { ...entrySelect, responses: { ...entrySelect.responses, where: readableResponsesWhere(ctx) } };

const views = (rows: Parameters<typeof toEntryView>[0][]): EntryView[] => rows.flatMap((row) => toEntryView(row) ?? []);

/** Entries of one stage the reader may see, oldest first. */
export async function listStageEntries(ctx: ReadContext, stageSlug: string): Promise<EntryView[]> {
  const rows = await db.entry.findMany({
    where: readableEntriesWhere(ctx, { stageSlug }),
    select: selectFor(ctx),
    orderBy: { createdAt: "asc" },
  });
  return views(rows);
}

/** Entries the reader may see, most recently written or edited first (the therapist view, exports). */
export async function listReadableEntries(ctx: ReadContext, opts: { since?: Date; take?: number } = {}): Promise<EntryView[]> {
  const rows = await db.entry.findMany({
    where: readableEntriesWhere(ctx, opts.since ? { updatedAt: { gt: opts.since } } : {}),
    select: selectFor(ctx),
    orderBy: { updatedAt: "desc" },
    take: opts.take,
  });
  return views(rows);
}

/** One entry, or null when it does not exist *for this reader* (other couple, private, deleted). */
export async function getEntry(ctx: ReadContext, id: string): Promise<EntryView | null> {
  if (typeof id !== "string" || id.length > 64) return null;
  const row = await db.entry.findFirst({ where: readableEntriesWhere(ctx, { id }), select: selectFor(ctx) });
  return row ? toEntryView(row) : null;
}

export type EntryCount = { stageSlug: string; authorId: string; count: number };

/**
 * The readable entries seen from above, in one grouped read (by stage, author and exercise): the
 * journey overview's counts per stage and author, and the exercises of a stage the caller has
 * written something for (the home's next step skips them; a therapist link has written nothing).
 */
export async function entryOverview(
  ctx: ReadContext,
): Promise<{ counts: EntryCount[]; exercisesWritten: (stageSlug: string) => Set<string> }> {
  const groups = await db.entry.groupBy({
    by: ["stageSlug", "authorId", "exerciseKey"],
    where: readableEntriesWhere(ctx),
    _count: { _all: true },
  });
  const counts = new Map<string, EntryCount>();
  for (const g of groups) {
    const key = `${g.stageSlug}\u0000${g.authorId}`;
    const count = counts.get(key) ?? { stageSlug: g.stageSlug, authorId: g.authorId, count: 0 };
    count.count += g._count._all;
    counts.set(key, count);
  }
  const author = ctx.kind === "partner" ? ctx.userId : null;
  return {
    counts: [...counts.values()],
    exercisesWritten: (stageSlug) =>
      new Set(groups.flatMap((g) => (g.authorId === author && g.stageSlug === stageSlug && g.exerciseKey ? [g.exerciseKey] : []))),
  };
}

/**
 * Whether editing the caller's entry `id` is joint work (a homework, an activity, a joint exercise).
 * Read before the edit's transaction on purpose: an entry's kind and exercise never change.
 */
export async function isJointEdit(ctx: PartnerContext, id: string): Promise<boolean> {
  const row = await db.entry.findFirst({
    where: { id, coupleId: ctx.coupleId, authorId: ctx.userId, deletedAt: null },
    select: { stageSlug: true, exerciseKey: true, kind: true },
  });
  return Boolean(row && isEntryKind(row.kind) && isJointEntry({ ...row, kind: row.kind }));
}
