import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableTriggerPlans, readableTriggers } from "@/lib/server/couples/boundary";
import { db } from "@/lib/server/db";
import { canRead, type ReadContext } from "@/lib/server/access";
import { coupleMemberNames } from "@/lib/server/couples/members";
import type { Visibility } from "@/lib/entries/labels";

// Reads of the trigger log. Partners see every trigger (that it happened, what happened, how
// strong) and each other's replies and plans; a note only if its author shared it. A therapist link
// whose scope includes "triggers" sees dates and intensity, and only notes saved for a therapist.

export type TriggerView = {
  id: string;
  authorId: string;
  authorName: string;
  isMine: boolean;
  localDate: string;
  createdAt: Date;
  intensity: number;
  /** null for a therapist: the scope covers counts and intensity, not the description. */
  what: string | null;
  note: null | { text: string; visibility: Visibility };
  replies: { id: string; authorId: string; authorName: string; text: string; createdAt: Date }[];
};
export type TriggerWeek = { count: number; average: number | null; strongest: number | null };
export type TriggerPlanView = { authorId: string; authorName: string; isMine: boolean; helpsMe: string; iWill: string; updatedAt: Date };

export const TRIGGER_LIMIT = 200;

const othersMaySee = (ctx: ReadContext): Visibility[] => (ctx.kind === "partner" ? ["partner", "therapist"] : ["therapist"]);

/** The newest triggers first. */
export async function listTriggers(ctx: ReadContext, opts: { take?: number } = {}): Promise<TriggerView[]> {
  if (!canRead(ctx, "triggers")) return [];
  const partner = ctx.kind === "partner";
  const [rows, names] = await Promise.all([
    db.triggerEvent.findMany({
      where: { coupleId: ctx.coupleId, AND: readableTriggers<Prisma.TriggerEventWhereInput>(ctx) },
      select: {
        id: true,
        authorId: true,
        localDate: true,
        createdAt: true,
        intensity: true,
        what: true,
        note: true,
        noteVisibility: true,
        replies: {
          where: { coupleId: ctx.coupleId },
          select: { id: true, authorId: true, text: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        },
      },
      orderBy: { createdAt: "desc" },
      take: Math.min(opts.take ?? TRIGGER_LIMIT, TRIGGER_LIMIT),
    }),
    coupleMemberNames(ctx),
  ]);
  const nameOf = (id: string) => names.get(id) ?? "A former partner";
  const visible = othersMaySee(ctx);
  return rows.map((r) => {
    const mine = partner && r.authorId === ctx.userId;
    const showNote = r.note !== "" && (mine || visible.includes(r.noteVisibility as Visibility));
    return {
      id: r.id,
      authorId: r.authorId,
      authorName: nameOf(r.authorId),
      isMine: mine,
      localDate: r.localDate,
      createdAt: r.createdAt,
      intensity: r.intensity,
      what: partner ? r.what : null,
      note: showNote ? { text: r.note, visibility: r.noteVisibility as Visibility } : null,
      replies: partner ? r.replies.map((x) => ({ ...x, authorName: nameOf(x.authorId) })) : [],
    };
  });
}

/** Trigger count and intensity per span of local days (the trust timeline's buckets), or null if the reader may not see them. */
export async function triggerWeeks(ctx: ReadContext, spans: readonly { start: string; end: string }[]): Promise<TriggerWeek[] | null> {
  if (!canRead(ctx, "triggers")) return null;
  if (spans.length === 0) return [];
  const rows = await db.triggerEvent.findMany({
    where: {
      coupleId: ctx.coupleId,
      localDate: { gte: spans[0]!.start, lte: spans.at(-1)!.end },
      AND: readableTriggers<Prisma.TriggerEventWhereInput>(ctx),
    },
    select: { localDate: true, intensity: true },
  });
  return spans.map((span) => {
    const inside = rows.filter((r) => r.localDate >= span.start && r.localDate <= span.end).map((r) => r.intensity);
    return {
      count: inside.length,
      average: inside.length ? Math.round((inside.reduce((a, b) => a + b, 0) / inside.length) * 10) / 10 : null,
      strongest: inside.length ? Math.max(...inside) : null,
    };
  });
}

/** Both partners' trigger plans (partners only). */
export async function listTriggerPlans(ctx: ReadContext): Promise<TriggerPlanView[]> {
  if (ctx.kind !== "partner") return [];
  const [rows, names] = await Promise.all([
    db.triggerPlan.findMany({
      where: { coupleId: ctx.coupleId, AND: readableTriggerPlans<Prisma.TriggerPlanWhereInput>(ctx) },
      select: { authorId: true, helpsMe: true, iWill: true, updatedAt: true },
    }),
    coupleMemberNames(ctx),
  ]);
  return rows
    .filter((r) => names.has(r.authorId))
    .map((r) => ({ ...r, authorName: names.get(r.authorId)!, isMine: r.authorId === ctx.userId }))
    .sort((a, b) => Number(b.isMine) - Number(a.isMine));
}
