import "server-only";
import { db } from "@/lib/server/db";
import { hashToken, looksLikeToken } from "@/lib/server/tokens";
import { addDays, localDateIn } from "@/lib/check-ins/dates";
import { ANNIVERSARY_REMINDER_DAYS } from "@/lib/journey/anniversary";

// The unsubscribe link of every mail someone can switch off. The token (one per email, only its
// hash stored) is the only credential, all it can do is switch off the kind of mail it came with,
// and it works for UNSUBSCRIBE_DAYS: an old mail left in an inbox (or a forwarded one) shouldn't
// change anyone's settings months later. After that, the settings page does it after sign-in.

export const UNSUBSCRIBE_DAYS = 90;
const TTL_MS = UNSUBSCRIBE_DAYS * 24 * 60 * 60 * 1000;

export type MailKind = "check-in" | "anniversary" | "review" | "talk";
export type Unsubscribed = { status: "off"; kind: MailKind } | { status: "expired"; kind: MailKind } | { status: "unknown" };

const expired = (issuedAt: Date, now: Date) => now.getTime() - issuedAt.getTime() > TTL_MS;

/** Switches off the mail a token came with, unless the token is unknown or older than 90 days. */
export async function unsubscribeByToken(token: unknown, now = new Date()): Promise<Unsubscribed> {
  if (!looksLikeToken(token)) return { status: "unknown" };
  const hash = hashToken(token);

  const joint = await db.mailSend.findUnique({
    where: { unsubscribeHash: hash },
    select: { userId: true, coupleId: true, kind: true, claimedAt: true, createdAt: true },
  });
  if (joint) {
    const kind: MailKind = joint.kind === "talk" ? "talk" : "review";
    if (expired(joint.claimedAt ?? joint.createdAt, now)) return { status: "expired", kind };
    await db.membership.updateMany({
      where: { userId: joint.userId, coupleId: joint.coupleId },
      data: kind === "talk" ? { talkEmail: false } : { reviewEmail: false },
    });
    return { status: "off", kind };
  }

  const reminder = await db.reminderSend.findUnique({ where: { unsubscribeHash: hash }, select: { userId: true, claimedAt: true } });
  if (reminder) {
    if (expired(reminder.claimedAt, now)) return { status: "expired", kind: "check-in" };
    await db.checkInPrefs.updateMany({ where: { userId: reminder.userId }, data: { reminderEmail: false } });
    return { status: "off", kind: "check-in" };
  }

  const anniversary = await db.membership.findUnique({
    where: { anniversaryUnsubscribeHash: hash },
    select: { id: true, anniversaryRemindedFor: true },
  });
  if (anniversary) {
    // The mail went out on (or, after a pause of the scheduler, just after) the day a week before
    // the anniversary it was for; only the latest one's hash is kept.
    const sentOn = anniversary.anniversaryRemindedFor ? addDays(anniversary.anniversaryRemindedFor, -ANNIVERSARY_REMINDER_DAYS) : null;
    if (!sentOn || addDays(sentOn, UNSUBSCRIBE_DAYS) < localDateIn("UTC", now)) return { status: "expired", kind: "anniversary" };
    await db.membership.updateMany({ where: { id: anniversary.id }, data: { anniversaryReminder: false } });
    return { status: "off", kind: "anniversary" };
  }
  return { status: "unknown" };
}
