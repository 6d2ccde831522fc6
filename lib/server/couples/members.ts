import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import type { PartnerContext, ReadContext } from "@/lib/server/access";
import type { Side } from "@/lib/validation/couple";
import { localDateIn } from "@/lib/check-ins/dates";

// The couple's members, read once per request. A dashboard asks "who is in this couple?" from a
// dozen read functions (names for agreements and commitments, the partner for activity, seats and
// time zones for the timeline, the head count for progress): they all share this one read.

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

/**
 * React's per-request cache: inside one server render (a page and its layout) every caller gets
 * the same read. Outside a render (a server action, a route handler, a test) each call reads the
 * database again, so a write is never hidden behind an earlier read. Shared between callers, hence
 * readonly: copy before sorting.
 */
const membersOf = cache(async (coupleId: string): Promise<readonly CoupleMember[]> => {
  // One statement for the members, their names and their check-in settings (issue 26): Prisma
  // reads each nested relation with a statement of its own on SQLite, which has no joins there (three
  // statements for this). Plain SQL both databases run alike; no column here is sealed (decision 014).
  const rows = await db.$queryRaw<MemberRow[]>`
    SELECT m."userId", u."name", m."side", m."seat", m."joinedAt", m."sharedSince", p."timeZone", p."scoresPrivate"
    FROM "Membership" m
    JOIN "User" u ON u."id" = m."userId"
    LEFT JOIN "CheckInPrefs" p ON p."userId" = m."userId"
    WHERE m."coupleId" = ${coupleId}
    ORDER BY m."seat" ASC`;
  return rows.map((r) => ({
    userId: r.userId,
    name: r.name,
    side: r.side as Side,
    seat: Number(r.seat),
    joinedAt: new Date(r.joinedAt),
    sharedSince: r.sharedSince === null ? null : new Date(r.sharedSince),
    prefs: r.timeZone === null ? null : { timeZone: r.timeZone, scoresPrivate: Boolean(Number(r.scoresPrivate)) },
  }));
});

/** A row of the members' statement, as either database's driver returns it (SQLite: integers for booleans). */
type MemberRow = {
  userId: string;
  name: string;
  side: string;
  seat: number | bigint;
  joinedAt: Date | string;
  sharedSince: Date | string | null;
  timeZone: string | null;
  scoresPrivate: boolean | number | bigint | null;
};

/** The caller's couple's members in seat order (who created the workspace first). */
export function coupleMembers(ctx: Pick<ReadContext, "coupleId">): Promise<readonly CoupleMember[]> {
  return membersOf(ctx.coupleId);
}

const zoneOf = (m: CoupleMember | undefined) => m?.prefs?.timeZone ?? "UTC";

/** The caller's own time zone: their check-in preferences', UTC until they choose one. */
export async function myTimeZone(ctx: Pick<PartnerContext, "coupleId" | "userId">): Promise<string> {
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
