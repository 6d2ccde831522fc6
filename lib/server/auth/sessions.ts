import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { describeDevice } from "@/lib/server/share/device";
import type { UserContext } from "@/lib/server/access";

/** Who is asking: a user or a partner context (both carry the session id). */
type Caller = Pick<UserContext, "userId" | "email" | "sessionId">;

// Sessions you can see: every sign-in is a row (device in rough words, created, last seen). The
// JWT carries the row's id; a token whose row is gone (signed out from another device) or idle
// for longer than MEND_IDLE_DAYS counts as signed out (lib/server/auth/options.ts).

/** Last-seen is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;
/** Sensitive acts (a therapist link…) need the password entered within this long. */
export const RECENT_PASSWORD_MS = 10 * 60_000;

export async function startSession(userId: string, userAgent: string | null | undefined) {
  const row = await db.userSession.create({ data: { userId, device: describeDevice(userAgent) }, select: { id: true } });
  return row.id;
}

/** True when `sessionId` is this user's, not idle too long; refreshes last-seen now and then. */
export async function sessionIsLive(userId: string, sessionId: string | undefined, now = new Date()): Promise<boolean> {
  if (!sessionId) return false;
  const row = await db.userSession.findUnique({ where: { id: sessionId }, select: { userId: true, lastSeenAt: true } });
  if (!row || row.userId !== userId) return false;
  if (now.getTime() - row.lastSeenAt.getTime() > env().idleDays * 24 * 60 * 60_000) {
    await db.userSession.deleteMany({ where: { id: sessionId } });
    return false;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return true;
}

export type SessionView = { id: string; device: string; createdAt: Date; lastSeenAt: Date; current: boolean };

export async function listSessions(user: Caller): Promise<SessionView[]> {
  const rows = await db.userSession.findMany({
    where: { userId: user.userId },
    select: { id: true, device: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
  });
  return rows.map((r) => ({ ...r, current: r.id === user.sessionId }));
}

/** Ends one of the caller's sessions (never someone else's: the owner is in the where). */
export async function endSession(user: Caller, sessionId: string) {
  const { count } = await db.userSession.deleteMany({ where: { id: sessionId, userId: user.userId } });
  return count === 1;
}

/** Ends every session of the caller but this one. */
export async function endOtherSessions(user: Caller) {
  await db.userSession.deleteMany({ where: { userId: user.userId, ...(user.sessionId ? { id: { not: user.sessionId } } : {}) } });
}

/** Whether the password was entered in this session within the last 10 minutes. */
export async function passwordRecentlyEntered(user: Caller, now = new Date()): Promise<boolean> {
  if (!user.sessionId) return false;
  const row = await db.userSession.findFirst({ where: { id: user.sessionId, userId: user.userId }, select: { verifiedAt: true } });
  return Boolean(row && now.getTime() - row.verifiedAt.getTime() <= RECENT_PASSWORD_MS);
}

export async function markPasswordEntered(user: Caller, now = new Date()) {
  if (user.sessionId) await db.userSession.updateMany({ where: { id: user.sessionId, userId: user.userId }, data: { verifiedAt: now } });
}
