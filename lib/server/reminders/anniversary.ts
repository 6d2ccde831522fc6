import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { sendMail } from "@/lib/server/email/send";
import { messageIdFor } from "@/lib/server/email/queue";
import { newToken } from "@/lib/server/tokens";
import { localDateIn, localHourIn } from "@/lib/check-ins/dates";
import { anniversaryReminderDue } from "@/lib/journey/anniversary";
import { stageHref } from "@/lib/content/stage-features";

// The reminder a week before the anniversary of the discovery, for each partner who asked for it.
// An email can be read over a shoulder or in a shared inbox, so it says nothing about what the day
// is: only that it is a date the person asked Mend to remember. The claim is a conditional update
// of the partner's membership (the anniversary it is for), so several instances send one email;
// a send the mail server refuses for now is tried again after a short wait, as with check-in reminders.

export const ANNIVERSARY_SUBJECT = "A date you asked Mend to remember";
/** Not before this local hour, so the email doesn't arrive in the night. */
const FROM_HOUR = 9;

export function anniversaryMail(links: { plan: string; unsubscribe: string }) {
  const text = [
    "Hello,",
    "",
    "In a week it is the date you asked Mend to remind you of. If you made a plan for the day, this is a good moment to look at it again, together if you can:",
    links.plan,
    "",
    "If you haven't made a plan, there is still time, and a simple one is enough.",
    "",
    "To stop this reminder, open this link (no sign-in needed):",
    links.unsubscribe,
    "",
    "— Mend",
  ].join("\n");
  const html = `<p>Hello,</p>
<p>In a week it is the date you asked Mend to remind you of. If you made a plan for the day, this is a good moment to look at it again, together if you can:</p>
<p><a href="${links.plan}">Open your plan for the day</a></p>
<p>If you haven't made a plan, there is still time, and a simple one is enough.</p>
<p style="font-size:13px;color:#555">To stop this reminder, <a href="${links.unsubscribe}">switch it off here</a> (no sign-in needed).</p>`;
  return { subject: ANNIVERSARY_SUBJECT, text, html };
}

export type AnniversaryRun = { claimed: number; sent: number; failed: number };

export async function runDueAnniversaryReminders(now: Date = new Date()): Promise<AnniversaryRun> {
  const result: AnniversaryRun = { claimed: 0, sent: 0, failed: 0 };
  const candidates = await db.membership.findMany({
    where: { anniversaryReminder: true, couple: { discoveredOn: { not: null } } },
    select: {
      id: true,
      coupleId: true,
      anniversaryRemindedFor: true,
      couple: { select: { discoveredOn: true } },
      user: { select: { email: true, checkInPrefs: { select: { timeZone: true } } } },
    },
  });
  for (const member of candidates) {
    const zone = member.user.checkInPrefs?.timeZone ?? "UTC";
    if (localHourIn(zone, now) < FROM_HOUR) continue;
    const due = anniversaryReminderDue(member.couple.discoveredOn!, localDateIn(zone, now));
    if (!due || member.anniversaryRemindedFor === due) continue;
    const { token, hash } = newToken();
    const claim = await db.membership.updateMany({
      where: {
        id: member.id,
        coupleId: member.coupleId,
        anniversaryReminder: true,
        OR: [{ anniversaryRemindedFor: null }, { anniversaryRemindedFor: { not: due } }],
      },
      data: { anniversaryRemindedFor: due, anniversaryUnsubscribeHash: hash },
    });
    // Another instance (or an earlier run) holds this anniversary's claim.
    if (claim.count !== 1) continue;
    result.claimed++;
    const base = env().appUrl;
    const unsubscribe = `${base}/unsubscribe/${token}`;
    const mail = anniversaryMail({ plan: `${base}${stageHref("anniversary", "anniversary")}`, unsubscribe });
    try {
      await sendMail({ to: member.user.email, ...mail, unsubscribeUrl: unsubscribe, messageId: messageIdFor(`${member.id}.${due}`) });
      result.sent++;
    } catch (error) {
      console.error("[reminders] an anniversary reminder could not be sent:", error instanceof Error ? error.message : "unknown error");
      result.failed++;
    }
  }
  return result;
}
