import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { sendMail } from "@/lib/server/email/send";
import { messageIdFor } from "@/lib/server/email/queue";
import { newToken } from "@/lib/server/tokens";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, localDateIn, localHourIn } from "@/lib/check-ins/dates";
import { reminderPeriodDays } from "@/lib/journey/maintenance";

// Email reminders to check in: opt-in per partner, from a chosen local hour. Each day's reminder
// is claimed first with a row unique per (partner, local day); only the instance whose insert
// succeeds sends. A send the mail server refuses for now is tried again after a short wait
// (sendMail); one that still fails is marked and left: a missed reminder is better than a doubled
// one, and the in-app nudge is still there.
// In maintenance (issue 23) each partner chooses daily, weekly or monthly: a reminder then goes out
// only when neither a reminder nor a check-in falls within that many local days. After a stage is
// reopened in maintenance, reminders are daily again for two weeks.

export const REMINDER_SUBJECT = "A moment for your check-in";

/** The whole email. Nothing private: no names, no scores, nothing about the partner. */
export function reminderMail(links: { checkIn: string; unsubscribe: string }) {
  const text = [
    "Hello,",
    "",
    "This is the check-in reminder you asked for. If you have a minute, you can check in here:",
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
<p>This is the check-in reminder you asked for. If you have a minute, you can check in here:</p>
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
    select: {
      userId: true,
      timeZone: true,
      reminderHour: true,
      reminderCadence: true,
      user: {
        select: {
          email: true,
          membership: { select: { coupleId: true, couple: { select: { maintenanceSince: true, dailyRemindersUntil: true } } } },
        },
      },
    },
  });
  for (const person of candidates) {
    const localDate = localDateIn(person.timeZone, now);
    if (localHourIn(person.timeZone, now) < person.reminderHour) continue;
    const done = await db.checkIn.findUnique({
      where: { authorId_localDate: { authorId: person.userId, localDate } },
      select: { id: true },
    });
    if (done) continue;
    const couple = person.user.membership?.couple;
    const period = reminderPeriodDays(
      person.reminderCadence,
      { since: couple?.maintenanceSince ?? null, dailyRemindersUntil: couple?.dailyRemindersUntil ?? null },
      now,
    );
    const coupleId = person.user.membership?.coupleId ?? "";
    if (period > 1 && (await recentlyReminded(person.userId, coupleId, addDays(localDate, 1 - period), localDate))) continue;
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

/** A reminder claimed, or a check-in saved, on a local day from `from` to `to` (both included). */
async function recentlyReminded(userId: string, coupleId: string, from: string, to: string): Promise<boolean> {
  const window = { gte: from, lte: to };
  const [reminder, checkIn] = await Promise.all([
    db.reminderSend.findFirst({ where: { userId, localDate: window }, select: { id: true } }),
    db.checkIn.findFirst({ where: { authorId: userId, coupleId, localDate: window }, select: { id: true } }),
  ]);
  return Boolean(reminder ?? checkIn);
}
