import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableCheckIns } from "@/lib/server/couples/boundary";
import { db } from "@/lib/server/db";
import { coupleMembers } from "@/lib/server/couples/members";
import { canRead, type PartnerContext, type ReadContext } from "@/lib/server/access";
import { addDays, localDateIn } from "@/lib/check-ins/dates";
import { buildTimeline, type Timeline } from "@/lib/check-ins/timeline";
import type { Visibility } from "@/lib/entries/labels";
import type { Mood, TimelineWeeks } from "@/lib/validation/check-in";
import { triggerWeeks, type TriggerWeek } from "@/lib/server/triggers/read";

// Reads of check-ins, for a partner and for a therapist link alike. Scores are shared between
// the partners by design unless their author keeps them private; notes follow their own
// visibility; a therapist link sees nothing unless its scope includes check-ins.

export type CheckInView = {
  id: string;
  authorId: string;
  authorName: string;
  isMine: boolean;
  localDate: string;
  /** null when the author keeps scores private (and the reader isn't the author). */
  scores: null | { trust: number; closeness: number; mood: Mood };
  note: null | { text: string; visibility: Visibility };
  updatedAt: Date;
  revision: number;
};

/** Note visibilities a reader other than the author may see. */
const othersMaySee = (ctx: ReadContext): Visibility[] => (ctx.kind === "partner" ? ["partner", "therapist"] : ["therapist"]);

/** The couple's members in seat order (who joined first), with their score privacy. */
async function people(ctx: ReadContext) {
  return (await coupleMembers(ctx)).map((m) => ({
    userId: m.userId,
    name: m.name,
    isMe: ctx.kind === "partner" && m.userId === ctx.userId,
    scoresPrivate: m.prefs?.scoresPrivate ?? false,
    timeZone: m.prefs?.timeZone ?? "UTC",
  }));
}

type Range = { from: string; to: string };
type People = Awaited<ReturnType<typeof people>>;

/** Check-ins of both partners between two local days (inclusive), oldest first. */
export async function listCheckIns(ctx: ReadContext, range: Range): Promise<CheckInView[]> {
  if (!canRead(ctx, "check-ins")) return [];
  return checkInsOf(ctx, people(ctx), range, { notes: true });
}

/** The rows behind listCheckIns, for members already read; `notes: false` leaves the notes unread (null). */
async function checkInsOf(
  ctx: ReadContext,
  people: People | Promise<People>,
  range: Range,
  { notes }: { notes: boolean },
): Promise<CheckInView[]> {
  const [members, rows] = await Promise.all([
    people,
    db.checkIn.findMany({
      where: {
        coupleId: ctx.coupleId,
        localDate: { gte: range.from, lte: range.to },
        AND: readableCheckIns<Prisma.CheckInWhereInput>(ctx),
      },
      select: {
        id: true,
        authorId: true,
        localDate: true,
        trust: true,
        closeness: true,
        mood: true,
        note: notes,
        noteVisibility: notes,
        updatedAt: true,
        revision: true,
      },
      orderBy: [{ localDate: "asc" }, { authorId: "asc" }],
    }),
  ]);
  const visible = othersMaySee(ctx);
  return rows.flatMap((row) => {
    // A former partner's rows stay in the couple's history but no longer belong to a member.
    const author = members.find((m) => m.userId === row.authorId);
    if (!author) return [];
    const mine = author.isMe;
    const showScores = mine || !author.scoresPrivate;
    const showNote = notes && row.note !== "" && (mine || visible.includes(row.noteVisibility as Visibility));
    return [
      {
        id: row.id,
        authorId: row.authorId,
        authorName: author.name,
        isMine: mine,
        localDate: row.localDate,
        scores: showScores ? { trust: row.trust, closeness: row.closeness, mood: row.mood as Mood } : null,
        note: showNote ? { text: row.note!, visibility: row.noteVisibility as Visibility } : null,
        updatedAt: row.updatedAt,
        revision: row.revision,
      },
    ];
  });
}

/** The reader's "today": a partner's own local day; for a therapist, the first partner's. */
async function todayFor(ctx: ReadContext, now: Date, members: People) {
  const zone = members.find((m) => m.isMe)?.timeZone ?? members[0]?.timeZone ?? "UTC";
  return localDateIn(zone, now);
}

/** Days of check-ins before the timeline opens on weekly averages: fewer would be a dot or two at its edge. */
export const DAILY_VIEW_UNTIL_DAYS = 28;

/**
 * The range the timeline opens on when none was chosen: two weeks, day by day, until the couple's
 * first check-in the reader may see is four weeks old; eight weeks of averages after that.
 */
export async function defaultTimelineWeeks(ctx: ReadContext, now: Date = new Date()): Promise<TimelineWeeks> {
  if (!canRead(ctx, "check-ins")) return 2;
  const first = await db.checkIn.findFirst({
    where: { coupleId: ctx.coupleId, AND: readableCheckIns<Prisma.CheckInWhereInput>(ctx) },
    orderBy: { localDate: "asc" },
    select: { localDate: true },
  });
  // A day either way across time zones doesn't change which view says more.
  const cutoff = addDays(localDateIn("UTC", now), -(DAILY_VIEW_UNTIL_DAYS - 1));
  return first && first.localDate <= cutoff ? 8 : 2;
}

export type TimelineView = Timeline & {
  notes: CheckInView[];
  /** Triggers logged per bucket (stage 3's trigger log), or null when the reader may not see them. */
  triggers: TriggerWeek[] | null;
};

/** The chart's figures over 2, 8 or 26 weeks, and the check-ins behind them. */
async function timelineOf(ctx: ReadContext, weeks: TimelineWeeks, now: Date, { notes }: { notes: boolean }) {
  const members = await people(ctx);
  const today = await todayFor(ctx, now, members);
  const from = addDays(today, -(weeks * 7 - 1));
  // A partner ahead of the reader's clock (Auckland vs. New York) may already have "tomorrow".
  const rows = await checkInsOf(ctx, members, { from, to: addDays(today, 1) }, { notes });
  const timeline = buildTimeline({
    today,
    weeks,
    // The reader's own series first, so "you" reads first in the chart, table and summary.
    people: [...members].sort((a, b) => Number(b.isMe) - Number(a.isMe)),
    checkIns: rows.map((r) => ({
      authorId: r.authorId,
      localDate: r.localDate,
      trust: r.scores?.trust ?? null,
      closeness: r.scores?.closeness ?? null,
    })),
  });
  return { timeline, rows, today };
}

/** Both partners' trust and closeness over 2, 8 or 26 weeks, with the notes and triggers the reader may see. */
export async function getTimeline(ctx: ReadContext, weeks: TimelineWeeks, now: Date = new Date()): Promise<TimelineView | null> {
  if (!canRead(ctx, "check-ins")) return null;
  const { timeline, rows } = await timelineOf(ctx, weeks, now, { notes: true });
  // As with check-ins, a partner ahead of the reader's clock may have logged on "tomorrow": it counts in the newest bucket.
  const spans = timeline.buckets.map((b, i, all) => (i === all.length - 1 ? { start: b.start, end: addDays(b.end, 1) } : b));
  const triggers = await triggerWeeks(ctx, spans);
  return { ...timeline, notes: rows.filter((r) => r.note).reverse(), triggers };
}

/**
 * The check-in summary on the dashboard and stage 3: the chart's figures alone (no notes, no
 * triggers: it shows neither), and whether the partner checked in today in their own zone, read
 * from the same rows rather than asked again.
 */
export async function checkInSummary(
  ctx: PartnerContext,
  weeks: TimelineWeeks,
  now: Date = new Date(),
): Promise<{ timeline: Timeline; checkedInToday: boolean }> {
  const { timeline, rows, today } = await timelineOf(ctx, weeks, now, { notes: false });
  return { timeline, checkedInToday: rows.some((r) => r.isMine && r.localDate === today) };
}

/** The caller's own check-in for today (in their own zone), and the day itself. */
export async function myToday(ctx: PartnerContext, now: Date = new Date(), which: "today" | "yesterday" = "today") {
  // The session check read the caller's zone (lib/server/auth/caller.ts); a context made another way
  // reads it here. The check-in page (and a check-in's re-render) needs nothing else of the couple.
  const storedZone = ctx.caller
    ? ctx.caller.timeZone
    : ((await db.checkInPrefs.findUnique({ where: { userId: ctx.userId }, select: { timeZone: true } }))?.timeZone ?? null);
  const timeZone = storedZone ?? "UTC";
  const today = localDateIn(timeZone, now);
  const yesterday = addDays(today, -1);
  /** The day the form is for: today, or yesterday for a late check-in (its own stored values). */
  const date = which === "yesterday" ? yesterday : today;
  const checkIn = await db.checkIn.findUnique({
    where: { authorId_localDate: { authorId: ctx.userId, localDate: date }, coupleId: ctx.coupleId },
    select: { trust: true, closeness: true, mood: true, note: true, noteVisibility: true, revision: true, updatedAt: true },
  });
  return { today, yesterday, date, timeZone, zoneStored: storedZone !== null, checkIn };
}
