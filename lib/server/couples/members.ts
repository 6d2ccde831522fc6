import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import { maybeSqlDate, sqlDate } from "@/lib/server/sql-dates";
import type { PartnerContext, ReadContext } from "@/lib/server/access";
import type { Side } from "@/lib/validation/couple";
import { localDateIn } from "@/lib/check-ins/dates";

// The couple's members, read once per request, with the couple's own row. A dashboard asks "who is
// in this couple?" from a dozen read functions (names for agreements and commitments, the partner
// for activity, seats and time zones for the timeline, the head count for progress): they all share
// this one read.

export type CoupleMember = {
  userId: string;
  name: string;
  side: Side;
  /** 1 for the partner who created the workspace, 2 for the one who joined (a later joiner takes the free one). */
  seat: number;
  joinedAt: Date;
  /** Set when this member joined after someone had left: what was shared before stays hidden from them (decision 011). */
  sharedSince: Date | null;
  /** Check-in preferences; null until the person has any (defaults: UTC, scores shared). */
  prefs: { timeZone: string; scoresPrivate: boolean } | null;
};

/** The couple's own row: the home page's heading, the maintenance notice, the kind of breach. */
export type CoupleRow = {
  id: string;
  name: string;
  createdAt: Date;
  breach: string | null;
  maintenanceSince: Date | null;
  dailyRemindersUntil: Date | null;
};

type CoupleOverview = { couple: CoupleRow | null; members: readonly CoupleMember[]; paused: boolean };

/**
 * The couple's row, its members (with their names and check-in settings) and whether joint work is
 * paused, in one statement (issue 26): nearly every page of the workspace needs one of them, the home
 * page all three; through Prisma that was five statements (no joins on SQLite: prisma/orm#23348).
 * Plain SQL both databases run alike (decision 016): each table is scoped by the couple's id in its
 * own condition, and no column read here is sealed (decision 014).
 *
 * React's per-request cache: inside one server render (a page and its layout) every caller gets
 * the same read. Outside a render (a server action, a route handler, a test) each call reads the
 * database again, so a write is never hidden behind an earlier read. Shared between callers, hence
 * readonly: copy before sorting.
 */
const overviewOf = cache(async (coupleId: string): Promise<CoupleOverview> => {
  const rows = await db.$queryRaw<OverviewRow[]>`
    SELECT c."id", c."name" AS "coupleName", c."createdAt", c."breach", c."maintenanceSince", c."dailyRemindersUntil",
      (SELECT COUNT(*) FROM "JointPause" j WHERE j."coupleId" = ${coupleId}) AS "pauses",
      m."userId", u."name", m."side", m."seat", m."joinedAt", m."sharedSince", p."timeZone", p."scoresPrivate"
    FROM "Couple" c
    LEFT JOIN "Membership" m ON m."coupleId" = ${coupleId}
    LEFT JOIN "User" u ON u."id" = m."userId"
    LEFT JOIN "CheckInPrefs" p ON p."userId" = m."userId"
    WHERE c."id" = ${coupleId}
    ORDER BY m."seat" ASC`;
  const first = rows[0];
  if (!first) return { couple: null, members: [], paused: false };
  return {
    couple: {
      id: first.id,
      name: first.coupleName,
      createdAt: sqlDate(first.createdAt),
      breach: first.breach,
      maintenanceSince: maybeSqlDate(first.maintenanceSince),
      dailyRemindersUntil: maybeSqlDate(first.dailyRemindersUntil),
    },
    paused: Number(first.pauses) > 0,
    members: rows
      .filter((r): r is OverviewRow & { userId: string; name: string; side: string; joinedAt: Date | string } => r.userId !== null)
      .map((r) => ({
        userId: r.userId,
        name: r.name,
        side: r.side as Side,
        seat: Number(r.seat),
        joinedAt: sqlDate(r.joinedAt),
        sharedSince: maybeSqlDate(r.sharedSince),
        prefs: r.timeZone === null ? null : { timeZone: r.timeZone, scoresPrivate: Boolean(Number(r.scoresPrivate)) },
      })),
  };
});

/** A row of the overview, as either database's driver returns it (SQLite: integers for booleans, dates as text; PostgreSQL: counts as bigint). */
type OverviewRow = {
  id: string;
  coupleName: string;
  createdAt: Date | string;
  breach: string | null;
  maintenanceSince: Date | string | null;
  dailyRemindersUntil: Date | string | null;
  pauses: number | bigint;
  /** The member columns are null for a couple with no members left. */
  userId: string | null;
  name: string | null;
  side: string | null;
  seat: number | bigint | null;
  joinedAt: Date | string | null;
  sharedSince: Date | string | null;
  timeZone: string | null;
  scoresPrivate: boolean | number | bigint | null;
};

/** The caller's couple's row (null once the couple is gone). */
export async function coupleRow(ctx: Pick<ReadContext, "coupleId">): Promise<CoupleRow | null> {
  return (await overviewOf(ctx.coupleId)).couple;
}

/** True while either partner has paused joint exercises (lib/server/safety/read.ts says who may learn what). */
export async function couplePaused(ctx: Pick<ReadContext, "coupleId">): Promise<boolean> {
  return (await overviewOf(ctx.coupleId)).paused;
}

/** The caller's couple's members in seat order (who created the workspace first). */
export async function coupleMembers(ctx: Pick<ReadContext, "coupleId">): Promise<readonly CoupleMember[]> {
  return (await overviewOf(ctx.coupleId)).members;
}

const zoneOf = (m: CoupleMember | undefined) => m?.prefs?.timeZone ?? "UTC";

/** The caller's own time zone: their check-in preferences', UTC until they choose one. */
export async function myTimeZone(ctx: Pick<PartnerContext, "coupleId" | "userId" | "caller">): Promise<string> {
  // The session check read it (lib/server/auth/caller.ts); a context made another way asks the members.
  if (ctx.caller) return ctx.caller.timeZone ?? "UTC";
  return zoneOf((await coupleMembers(ctx)).find((m) => m.userId === ctx.userId));
}

/**
 * The viewer's calendar day (YYYY-MM-DD) in their own time zone (their check-in preferences, UTC
 * until they choose one). A therapist sees the couple's: the later of the two partners' days, so
 * what is due for either of them shows as due.
 */
export async function viewerToday(ctx: ReadContext, now = new Date()): Promise<string> {
  const members = await coupleMembers(ctx);
  const dayOf = (m: CoupleMember | undefined) => localDateIn(zoneOf(m), now);
  if (ctx.kind === "partner") return dayOf(members.find((m) => m.userId === ctx.userId));
  return members.map(dayOf).reduce((latest, day) => (day > latest ? day : latest), localDateIn("UTC", now));
}

/** userId → name for the caller's couple's partners. */
export async function coupleMemberNames(ctx: Pick<ReadContext, "coupleId">): Promise<Map<string, string>> {
  return new Map((await coupleMembers(ctx)).map((m) => [m.userId, m.name]));
}
