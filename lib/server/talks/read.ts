import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableTalks } from "@/lib/server/couples/boundary";
import { db } from "@/lib/server/db";
import { canRead, type ReadContext } from "@/lib/server/access";
import { coupleMemberNames } from "@/lib/server/couples/members";
import type { Visibility } from "@/lib/entries/labels";
import { TALK_STATUSES, type TalkStatus } from "@/lib/talks/labels";

// Reads of structured talks. Partners see every talk, their own notes, the other's notes
// if shared, and the follow-ups. A therapist link whose scope includes "talks" sees topics,
// dates and status, and only notes saved for a therapist; never follow-ups.

export type { TalkStatus };
export type TalkNoteView = { authorId: string; authorName: string; isMine: boolean; text: string; visibility: Visibility; updatedAt: Date };
export type FollowUpView = {
  id: string;
  authorName: string;
  text: string;
  became: "" | "commitment" | "agreement";
  becameId: string;
  createdAt: Date;
};
export type TalkView = {
  id: string;
  topic: string;
  template: string;
  startsAt: Date;
  minutes: number;
  timeZone: string;
  status: TalkStatus;
  proposedBy: string;
  proposerName: string;
  awaitingId: string | null;
  /** 0 when it doesn't repeat; 7 or 14 for a "state of us" that comes round every week or two. */
  recurEveryDays: number;
  /** The planned time is behind us (for a proposal: it can't be accepted any more). */
  passed: boolean;
  step: number;
  pausedAt: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
  notes: TalkNoteView[];
  followUps: FollowUpView[];
};

export const TALK_LIMIT = 200;

const othersMaySee = (ctx: ReadContext): Visibility[] => (ctx.kind === "partner" ? ["partner", "therapist"] : ["therapist"]);

async function readTalks(ctx: ReadContext, where: { id?: string }): Promise<TalkView[]> {
  const partner = ctx.kind === "partner";
  const [rows, names] = await Promise.all([
    db.talk.findMany({
      where: {
        coupleId: ctx.coupleId,
        ...where,
        ...(partner ? {} : { status: { not: "cancelled" } }),
        AND: readableTalks<Prisma.TalkWhereInput>(ctx),
      },
      select: {
        id: true,
        topic: true,
        template: true,
        startsAt: true,
        minutes: true,
        timeZone: true,
        status: true,
        proposedBy: true,
        awaitingId: true,
        recurEveryDays: true,
        step: true,
        pausedAt: true,
        startedAt: true,
        endedAt: true,
        notes: {
          where: { coupleId: ctx.coupleId },
          select: { authorId: true, text: true, visibility: true, updatedAt: true },
          orderBy: { createdAt: "asc" },
        },
        followUps: {
          where: { coupleId: ctx.coupleId },
          select: { id: true, authorId: true, text: true, became: true, becameId: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        },
      },
      orderBy: { startsAt: "desc" },
      take: TALK_LIMIT,
    }),
    coupleMemberNames(ctx),
  ]);
  const nameOf = (id: string) => names.get(id) ?? "A former partner";
  const visible = othersMaySee(ctx);
  const now = new Date();
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic,
    template: r.template,
    startsAt: r.startsAt,
    minutes: r.minutes,
    timeZone: r.timeZone,
    status: (TALK_STATUSES as readonly string[]).includes(r.status) ? (r.status as TalkStatus) : "cancelled",
    proposedBy: r.proposedBy,
    proposerName: nameOf(r.proposedBy),
    awaitingId: r.awaitingId,
    recurEveryDays: r.recurEveryDays,
    passed: r.startsAt.getTime() <= now.getTime(),
    step: r.step,
    pausedAt: r.pausedAt,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    notes: r.notes
      .filter((n) => (partner && n.authorId === ctx.userId) || visible.includes(n.visibility as Visibility))
      .map((n) => ({
        authorId: n.authorId,
        authorName: nameOf(n.authorId),
        isMine: partner && n.authorId === ctx.userId,
        text: n.text,
        visibility: n.visibility as Visibility,
        updatedAt: n.updatedAt,
      })),
    followUps: partner
      ? r.followUps.map((f) => ({
          id: f.id,
          authorName: nameOf(f.authorId),
          text: f.text,
          became: f.became === "commitment" || f.became === "agreement" ? f.became : "",
          becameId: f.becameId,
          createdAt: f.createdAt,
        }))
      : [],
  }));
}

/** Upcoming (proposed, agreed, in progress; soonest first) and past (done or called off; newest first). */
export async function listTalks(ctx: ReadContext): Promise<{ upcoming: TalkView[]; past: TalkView[] }> {
  if (!canRead(ctx, "talks")) return { upcoming: [], past: [] };
  const talks = await readTalks(ctx, {});
  const open = (t: TalkView) => t.status === "proposed" || t.status === "accepted" || t.status === "live";
  return { upcoming: talks.filter(open).reverse(), past: talks.filter((t) => !open(t)) };
}

export async function getTalk(ctx: ReadContext, id: string): Promise<TalkView | null> {
  if (!canRead(ctx, "talks")) return null;
  const [talk] = await readTalks(ctx, { id });
  if (!talk) return null;
  // A "state of us" already held repeats only while its series goes on: once the next one was
  // stopped from repeating (or called off), its page must not promise another.
  if (talk.status === "done" && talk.recurEveryDays > 0) {
    const next = await nextRepeatingStateOfUs(ctx);
    return { ...talk, recurEveryDays: next?.recurEveryDays ?? 0 };
  }
  return talk;
}

export type RepeatingTalk = { id: string; startsAt: Date; timeZone: string; recurEveryDays: number; status: TalkStatus };

/** The next planned "state of us" that repeats (proposed, agreed or in progress), for the maintenance page; null when none. */
export async function nextRepeatingStateOfUs(ctx: ReadContext): Promise<RepeatingTalk | null> {
  if (!canRead(ctx, "talks")) return null;
  const row = await db.talk.findFirst({
    where: {
      coupleId: ctx.coupleId,
      template: "state-of-us",
      status: { in: ["proposed", "accepted", "live"] },
      recurEveryDays: { gt: 0 },
      AND: readableTalks<Prisma.TalkWhereInput>(ctx),
    },
    select: { id: true, startsAt: true, timeZone: true, recurEveryDays: true, status: true },
    orderBy: { startsAt: "asc" },
  });
  if (!row) return null;
  return { ...row, status: (TALK_STATUSES as readonly string[]).includes(row.status) ? (row.status as TalkStatus) : "cancelled" };
}
