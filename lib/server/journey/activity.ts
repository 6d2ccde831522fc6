import "server-only";
import { db } from "@/lib/server/db";
import type { PartnerContext } from "@/lib/server/access";
import { readableEntriesWhere } from "@/lib/server/entries/visibility";
import { wasEdited } from "@/lib/server/entries/serialize";
import { isEntryKind, type EntryKind } from "@/lib/entries/kinds";
import { RESPONSE_VERDICTS, type Verdict } from "@/lib/validation/entry";

export type ActivityItem =
  | { type: "entry"; at: Date; stageSlug: string; exerciseKey: string | null; kind: EntryKind; entryId: string; edited: boolean }
  | { type: "stage"; at: Date; stageSlug: string; action: "done" | "reopened" }
  | { type: "response"; at: Date; stageSlug: string; entryId: string; verdict: Verdict };

const isVerdict = (v: string): v is Verdict => (RESPONSE_VERDICTS as readonly string[]).includes(v);

/**
 * What the other partner did lately, limited to what the viewer may see: their shared
 * entries (never private ones, not even as a count), stage marks and responses.
 */
export async function partnerActivity(ctx: PartnerContext, take = 6): Promise<ActivityItem[]> {
  const partner = await db.membership.findFirst({ where: { coupleId: ctx.coupleId, userId: { not: ctx.userId } }, select: { userId: true } });
  if (!partner) return [];
  const [entries, events, responses] = await Promise.all([
    db.entry.findMany({
      where: readableEntriesWhere(ctx, { authorId: partner.userId }),
      select: { id: true, stageSlug: true, exerciseKey: true, kind: true, createdAt: true, updatedAt: true },
      orderBy: { updatedAt: "desc" },
      take,
    }),
    db.auditEvent.findMany({
      where: { coupleId: ctx.coupleId, actorId: partner.userId, action: { in: ["stage.done", "stage.reopened"] } },
      select: { action: true, subject: true, at: true },
      orderBy: { at: "desc" },
      take,
    }),
    db.entryResponse.findMany({
      where: { coupleId: ctx.coupleId, authorId: partner.userId, entry: { deletedAt: null } },
      select: { verdict: true, createdAt: true, entryId: true, entry: { select: { stageSlug: true } } },
      orderBy: { createdAt: "desc" },
      take,
    }),
  ]);
  const items: ActivityItem[] = [
    // Rows of a kind Mend no longer knows, or of an unknown verdict, have nothing to say.
    ...entries.flatMap((e) =>
      isEntryKind(e.kind)
        ? [{ type: "entry" as const, at: e.updatedAt, stageSlug: e.stageSlug, exerciseKey: e.exerciseKey, kind: e.kind, entryId: e.id, edited: wasEdited(e) }]
        : [],
    ),
    ...events.map((e) => ({ type: "stage" as const, at: e.at, stageSlug: e.subject, action: e.action === "stage.done" ? ("done" as const) : ("reopened" as const) })),
    ...responses.flatMap((r) =>
      isVerdict(r.verdict) ? [{ type: "response" as const, at: r.createdAt, stageSlug: r.entry.stageSlug, entryId: r.entryId, verdict: r.verdict }] : [],
    ),
  ];
  return items.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, take);
}
