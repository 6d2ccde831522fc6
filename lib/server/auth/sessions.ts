import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { describeDevice } from "@/lib/server/share/device";
import { mailEnabled, sendMail } from "@/lib/server/email/send";
import { consume } from "@/lib/server/rate-limit/counters";
import { callerRow, type CallerRow } from "@/lib/server/auth/caller";
import type { UserContext } from "@/lib/server/access";

/** Who is asking: a user or a partner context (both carry the session id, and the session check's row in a render). */
type Caller = Pick<UserContext, "userId" | "email" | "sessionId" | "caller">;

// Sessions you can see: every sign-in is a row (device in rough words, created, last seen). The
// JWT carries the row's id; a token whose row is gone (signed out from another device) or idle
// for longer than MEND_IDLE_DAYS counts as signed out (lib/server/auth/options.ts).

/** Last-seen is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;
/** Sensitive acts (a therapist link…) need the password entered within this long. */
export const RECENT_PASSWORD_MS = 10 * 60_000;

export async function startSession(userId: string, userAgent: string | null | undefined, now = new Date()) {
  const device = describeDevice(userAgent);
  const row = await db.userSession.create({ data: { userId, device, createdAt: now, noticesSeenAt: now }, select: { id: true } });
  if (mailEnabled()) {
    // Not awaited: signing in never waits for (or fails with) the mail.
    void mailNewSignIn(userId, device, now).catch((error: unknown) => console.error("Mend: the new sign-in mail could not be sent", error));
  }
  return row.id;
}

/** New sign-in mails one account may receive per hour (a flood of sign-ins is not a flood of mail). */
const SIGN_IN_MAILS = { limit: 5, windowMs: 60 * 60_000 };
/** A sign-in this soon after the account was created is its first one: no mail for that. */
const FIRST_SIGN_IN_MS = 15 * 60_000;

async function mailNewSignIn(userId: string, device: string, now: Date) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, createdAt: true } });
  if (!user || now.getTime() - user.createdAt.getTime() < FIRST_SIGN_IN_MS) return;
  if (!(await consume(`signin-mail:user:${userId}`, SIGN_IN_MAILS, now)).ok) return;
  const { appUrl } = env();
  await sendMail({
    to: user.email,
    subject: "New sign-in to your Mend account",
    text:
      `Your Mend account was just signed in to from ${device} (${now.toUTCString()}).\n\n` +
      `If that was you, there is nothing to do.\n\n` +
      `If it wasn't, someone knows your password. Reset it here, which signs out every device: ${appUrl}/forgot-password\n` +
      `Then look at Settings → Your sessions in Mend, and sign out anything you don't recognise.`,
  });
}

export type SignInNotice = { id: string; device: string; createdAt: Date };

/**
 * Sign-ins of this person made after this session last dismissed its notices (the newest first).
 * The session check's row counts them (lib/server/auth/caller.ts): most pages, with none to show,
 * read nothing more.
 */
export async function newSignIns(user: Caller): Promise<SignInNotice[]> {
  if (!user.sessionId) return [];
  const current = user.caller ?? (await callerRow(user.userId, user.sessionId));
  if (!current || current.newSignIns === 0) return [];
  return db.userSession.findMany({
    where: { userId: user.userId, id: { not: user.sessionId }, createdAt: { gt: current.noticesSeenAt } },
    select: { id: true, device: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 5,
  });
}

/** "Got it": this session stops showing the sign-ins made so far. */
export async function dismissSignInNotices(user: Caller, now = new Date()) {
  if (user.sessionId) await db.userSession.updateMany({ where: { id: user.sessionId, userId: user.userId }, data: { noticesSeenAt: now } });
}

/** True when `sessionId` is this user's, not idle too long; refreshes last-seen now and then. */
export async function sessionIsLive(userId: string, sessionId: string | undefined, now = new Date()): Promise<boolean> {
  if (!sessionId) return false;
  const row = await callerRow(userId, sessionId);
  return row !== null && (await keepAlive(row, sessionId, now));
}

/**
 * The idle rule on a sign-in's row already read: idle longer than MEND_IDLE_DAYS ends it (false);
 * otherwise last-seen is refreshed now and then (true).
 */
export async function keepAlive(row: Pick<CallerRow, "lastSeenAt">, sessionId: string, now = new Date()): Promise<boolean> {
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
