import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { sendMail } from "@/lib/server/email/send";
import { messageIdFor } from "@/lib/server/email/queue";
import { newToken } from "@/lib/server/tokens";
import { Prisma } from "@/lib/generated/prisma/client";
import { localDateIn, localHourIn } from "@/lib/checkins/dates";

// Email reminders to check in: opt-in per partner, from a chosen local hour. Each day's reminder
// is claimed first with a row unique per (partner, local day); only the instance whose insert
// succeeds sends. A send the mail server refuses for now is tried again after a short wait
// (sendMail); one that still fails is marked and left: a missed reminder is better than a doubled
// one, and the in-app nudge is still there.

export const REMINDER_SUBJECT = "A moment for your daily check-in";

/** The whole email. Nothing private: no names, no scores, nothing about the partner. */
export function reminderMail(links: { checkIn: string; unsubscribe: string }) {
  const text = [
    "Hello,",
    "",
    "This is the daily reminder you asked for. If you have a minute, you can check in here:",
    links.checkIn,
    "",
    "If today isn't the day, that's fine too.",
    "",
    "To stop these reminders, open this link (no sign-in needed):",
    links.unsubscribe,
    "",
    "— Mend",
  ].join("\n");
  const html = `<p>Hello,</p>
<p>This is the daily reminder you asked for. If you have a minute, you can check in here:</p>
<p><a href="${links.checkIn}">Open today's check-in</a></p>
<p>If today isn't the day, that's fine too.</p>
<p style="font-size:13px;color:#555">To stop these reminders, <a href="${links.unsubscribe}">unsubscribe here</a> (no sign-in needed).</p>`;
  return { subject: REMINDER_SUBJECT, text, html };
}

export type ReminderRun = { claimed: number; sent: number; failed: number };

/** Sends every reminder that is due at `now` and not yet claimed by any instance. */
export async function runDueReminders(now: Date = new Date()): Promise<ReminderRun> {
  const result: ReminderRun = { claimed: 0, sent: 0, failed: 0 };
  const candidates = await db.checkInPrefs.findMany({
    where: { reminderEmail: true, user: { membership: { isNot: null } } },
    select: { userId: true, timeZone: true, reminderHour: true, user: { select: { email: true } } },
  });
  for (const person of candidates) {
    const localDate = localDateIn(person.timeZone, now);
    if (localHourIn(person.timeZone, now) < person.reminderHour) continue;
    const done = await db.checkIn.findUnique({
      where: { authorId_localDate: { authorId: person.userId, localDate } },
      select: { id: true },
    });
    if (done) continue;
    const { token, hash } = newToken();
    let claimId: string;
    try {
      claimId = (await db.reminderSend.create({ data: { userId: person.userId, localDate, unsubscribeHash: hash }, select: { id: true } }))
        .id;
    } catch (error) {
      // Another instance (or an earlier run) holds today's claim.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
    result.claimed++;
    const base = env().appUrl;
    const unsubscribe = `${base}/unsubscribe/${token}`;
    const mail = reminderMail({ checkIn: `${base}/app/check-in`, unsubscribe });
    try {
      await sendMail({ to: person.user.email, ...mail, unsubscribeUrl: unsubscribe, messageId: messageIdFor(claimId) });
      await db.reminderSend.update({ where: { id: claimId }, data: { sentAt: new Date() } });
      result.sent++;
    } catch (error) {
      await db.reminderSend.update({ where: { id: claimId }, data: { failedAt: new Date() } });
      console.error("[reminders] a reminder could not be sent:", error instanceof Error ? error.message : "unknown error");
      result.failed++;
    }
  }
  return result;
}
