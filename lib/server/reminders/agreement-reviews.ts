import "server-only";
import { db } from "@/lib/server/db";
import { queueMail } from "@/lib/server/email/queue";
import { addDays, localDateIn, localHourIn } from "@/lib/check-ins/dates";
import { reviewDayOf } from "@/lib/agreements/review";

// The reminder a few days before an agreement's review date, to each partner who hasn't switched
// it off: one mail per partner per review date (the queue's unique key), sent by the queue
// (lib/server/email/queue.ts), which says nothing about which agreement it is.

/** The reminder goes out this many days before the review date. */
export const REVIEW_REMINDER_DAYS = 3;
/** Not before this local hour, so the email doesn't arrive in the night. */
const FROM_HOUR = 9;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Queues the review reminders due at `now`; returns how many were queued. */
export async function queueReviewReminders(now: Date = new Date()): Promise<number> {
  const agreements = await db.agreement.findMany({
    where: {
      status: "active",
      // Nothing about joint work is mailed while either partner has paused it.
      couple: { jointPauses: { none: {} } },
      // Wide enough for every time zone; the exact window is checked per partner below.
      reviewAt: { gt: new Date(now.getTime() - 2 * DAY_MS), lte: new Date(now.getTime() + (REVIEW_REMINDER_DAYS + 2) * DAY_MS) },
    },
    select: {
      id: true,
      coupleId: true,
      reviewAt: true,
      createdAt: true,
      couple: {
        select: {
          memberships: {
            where: { reviewEmail: true },
            select: { userId: true, sharedSince: true, user: { select: { checkInPrefs: { select: { timeZone: true } } } } },
          },
        },
      },
    },
    take: 1000,
  });
  let queued = 0;
  for (const agreement of agreements) {
    if (!agreement.reviewAt) continue;
    const day = reviewDayOf(agreement.reviewAt);
    for (const member of agreement.couple.memberships) {
      const zone = member.user.checkInPrefs?.timeZone ?? "UTC";
      const today = localDateIn(zone, now);
      if (today < addDays(day, -REVIEW_REMINDER_DAYS) || today >= day || localHourIn(zone, now) < FROM_HOUR) continue;
      // A partner who joined after this agreement was made doesn't read it (decision 011).
      if (member.sharedSince && agreement.createdAt < member.sharedSince) continue;
      const key = `review:${agreement.id}:${day}:${member.userId}`;
      if (await queueMail(db, { coupleId: agreement.coupleId, userId: member.userId, kind: "review", key }, now)) queued++;
    }
  }
  return queued;
}
