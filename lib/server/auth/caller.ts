import "server-only";
import { cache } from "react";
import type { Session } from "next-auth";
import { db } from "@/lib/server/db";
import { maybeSqlDate, sqlDate } from "@/lib/server/sql-dates";
import type { MembershipRow } from "@/lib/server/couples/own-membership";

// Who is asking, in one statement per request (issue 26, decision 016). Every request checks its
// session (the account's session version, this sign-in's row); every workspace page then asks which
// couple the caller is in, where they are in setting up, their time zone, and whether someone else
// signed in since they last looked. Through Prisma that was five statements (User, UserSession, the
// other sign-ins, Membership, CheckInPrefs) before a page read anything of the couple; here it is
// one. The caller's own rows only: the account, this sign-in, their membership and their settings,
// each found by the account's id. No column read here is sealed (decision 014).

export type CallerRow = {
  userId: string;
  name: string;
  email: string;
  sessionVersion: number;
  /** This sign-in's row (lib/server/auth/sessions.ts). */
  lastSeenAt: Date;
  noticesSeenAt: Date;
  /** The account's other sign-ins made after this one last dismissed its notices. */
  newSignIns: number;
  /** Null when the caller is in no couple (yet, or any more). */
  membership: MembershipRow | null;
  /** The caller's check-in time zone; null until they have check-in settings. */
  timeZone: string | null;
};

/** A row of the statement, as either database's driver returns it (SQLite: dates as text, PostgreSQL: counts as bigint). */
type Row = {
  id: string;
  name: string;
  email: string;
  sessionVersion: number | bigint;
  lastSeenAt: Date | string;
  noticesSeenAt: Date | string;
  newSignIns: number | bigint;
  coupleId: string | null;
  side: string | null;
  sharedSince: Date | string | null;
  onboarding: string | null;
  seenAt: Date | string | null;
  lastVisitEndedAt: Date | string | null;
  timeZone: string | null;
};

/**
 * The account `userId` with its sign-in `sessionId`, or null when either is gone (the sign-in's row
 * is deleted on sign-out and when idle too long). Once per render (React's per-request cache);
 * outside a render every call reads afresh.
 */
export const callerRow = cache(async (userId: string, sessionId: string): Promise<CallerRow | null> => {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT u."id", u."name", u."email", u."sessionVersion", s."lastSeenAt", s."noticesSeenAt",
      (SELECT COUNT(*) FROM "UserSession" o
        WHERE o."userId" = u."id" AND o."id" <> s."id" AND o."createdAt" > s."noticesSeenAt") AS "newSignIns",
      m."coupleId", m."side", m."sharedSince", m."onboarding", m."seenAt", m."lastVisitEndedAt",
      p."timeZone"
    FROM "User" u
    JOIN "UserSession" s ON s."id" = ${sessionId} AND s."userId" = u."id"
    LEFT JOIN "Membership" m ON m."userId" = u."id"
    LEFT JOIN "CheckInPrefs" p ON p."userId" = u."id"
    WHERE u."id" = ${userId}`;
  if (!row) return null;
  return {
    userId: row.id,
    name: row.name,
    email: row.email,
    sessionVersion: Number(row.sessionVersion),
    lastSeenAt: sqlDate(row.lastSeenAt),
    noticesSeenAt: sqlDate(row.noticesSeenAt),
    newSignIns: Number(row.newSignIns),
    membership:
      row.coupleId === null
        ? null
        : {
            coupleId: row.coupleId,
            side: row.side ?? "unsaid",
            sharedSince: maybeSqlDate(row.sharedSince),
            onboarding: row.onboarding ?? "done",
            seenAt: maybeSqlDate(row.seenAt),
            lastVisitEndedAt: maybeSqlDate(row.lastVisitEndedAt),
          },
    timeZone: row.timeZone,
  };
});

// The session callback (lib/server/auth/options.ts) hands the row to the authorization boundary
// (lib/server/access.ts) on the session object itself, under a symbol: JSON leaves symbol keys out,
// so /api/auth/session never sends it, and getServerSession returns the callback's object as is.
const CALLER = Symbol("mend.caller");

export function attachCaller(session: Session, caller: CallerRow): Session {
  Object.defineProperty(session, CALLER, { value: caller, enumerable: false });
  return session;
}

/** The row the session check read, when this session came through it (not in tests that fake next-auth). */
export function attachedCaller(session: Session): CallerRow | undefined {
  return (session as { [CALLER]?: CallerRow })[CALLER];
}
