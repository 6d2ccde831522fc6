import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { sendMail } from "@/lib/server/email/send";
import { newToken } from "@/lib/server/tokens";
import { Prisma } from "@/lib/generated/prisma/client";

// Mail about the couple's joint work: "an agreement is due for review", "your partner proposed a
// talk". What happens is queued as a MailSend row (its unique key keeps one row per mail); the
// reminder scheduler sends the queue (lib/server/reminders/scheduler.ts). Sending starts with a
// claim, a conditional update of claimedAt from null, so with several instances exactly one sends
// each mail; a refusal the server marks as temporary is retried by sendMail, and a mail that still
// fails is marked, never sent again.
//
// An email can be read over a shoulder, in a shared inbox or on a lock screen, so these mails
// name no one and nothing the couple wrote: no agreement's title or text, no talk's topic, no
// time, no name. The link leads to the page after sign-in.

export type JointMailKind = "review" | "talk";

export const REVIEW_SUBJECT = "An agreement is due for review";
export const TALK_SUBJECT = "Your partner proposed a talk";
/** A mail still queued this long after it was queued (the server was down) is dropped, not sent late. */
const STALE_MS = 24 * 60 * 60 * 1000;

/** A Message-ID from the claim's id: the same mail keeps the same id however often it is tried. */
export function messageIdFor(id: string): string {
  return `<${id}@${new URL(env().appUrl).hostname}>`;
}

function body(lines: { intro: string; linkLabel: string; after: string; stop: string }, links: { open: string; unsubscribe: string }) {
  const text = [
    "Hello,",
    "",
    lines.intro,
    links.open,
    "",
    lines.after,
    "",
    `${lines.stop} (no sign-in needed):`,
    links.unsubscribe,
    "",
    "— Mend",
  ].join("\n");
  const html = `<p>Hello,</p>
<p>${lines.intro}</p>
<p><a href="${links.open}">${lines.linkLabel}</a></p>
<p>${lines.after}</p>
<p style="font-size:13px;color:#555">${lines.stop}: <a href="${links.unsubscribe}">switch it off here</a> (no sign-in needed).</p>`;
  return { text, html };
}

/** The whole email for each kind: the same for everyone, so it can't carry anything private. */
export function jointMail(kind: JointMailKind, links: { open: string; unsubscribe: string }) {
  if (kind === "review")
    return {
      subject: REVIEW_SUBJECT,
      ...body(
        {
          intro:
            "In a few days it is time to look at one of your agreements again, together. When you're ready, it is here after you sign in:",
          linkLabel: "Open your agreements",
          after: "Each of you answers on your own: keep it as it is, propose a change, or propose retiring it.",
          stop: "To stop emails about agreement reviews",
        },
        links,
      ),
    };
  return {
    subject: TALK_SUBJECT,
    ...body(
      {
        intro: "Your partner has proposed a time to talk. You can accept it or suggest another time here after you sign in:",
        linkLabel: "Open your talks",
        after: "There is no rush to answer.",
        stop: "To stop emails about proposed talks",
      },
      links,
    ),
  };
}

const PATHS: Record<JointMailKind, string> = { review: "/app/agreements", talk: "/app/talks" };
const PREF: Record<JointMailKind, "reviewEmail" | "talkEmail"> = { review: "reviewEmail", talk: "talkEmail" };

type Client = Pick<Prisma.TransactionClient, "membership" | "mailSend">;

/**
 * Queues one mail to `userId`, unless they switched this kind off or it is already queued. Runs
 * inside the caller's transaction (a talk is proposed and its mail queued together) or alone.
 */
export async function queueMail(
  client: Client,
  mail: { coupleId: string; userId: string; kind: JointMailKind; key: string },
  now = new Date(),
): Promise<boolean> {
  const wanted = await client.membership.findFirst({
    where: { userId: mail.userId, coupleId: mail.coupleId, [PREF[mail.kind]]: true },
    select: { id: true },
  });
  if (!wanted) return false;
  // Looked up first: inside a PostgreSQL transaction a failed insert would abort the transaction.
  if (await client.mailSend.findUnique({ where: { key: mail.key }, select: { id: true } })) return false;
  try {
    await client.mailSend.create({ data: { ...mail, createdAt: now }, select: { id: true } });
    return true;
  } catch (error) {
    // Another instance queued the same mail a moment ago.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}

export type MailRun = { claimed: number; sent: number; failed: number };

/** Sends every queued mail not yet claimed by any instance. */
export async function sendQueuedMail(now = new Date(), options?: Parameters<typeof sendMail>[1]): Promise<MailRun> {
  const result: MailRun = { claimed: 0, sent: 0, failed: 0 };
  const queued = await db.mailSend.findMany({
    where: { claimedAt: null, createdAt: { gte: new Date(now.getTime() - STALE_MS) } },
    select: { id: true, coupleId: true, userId: true, kind: true },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  for (const mail of queued) {
    const kind: JointMailKind = mail.kind === "talk" ? "talk" : "review";
    const { token, hash } = newToken();
    const claim = await db.mailSend.updateMany({
      where: { id: mail.id, claimedAt: null },
      data: { claimedAt: now, unsubscribeHash: hash },
    });
    // Another instance (or an earlier run) holds this mail's claim.
    if (claim.count !== 1) continue;
    result.claimed++;
    // Asked again at sending time: the person may have switched this mail off, or left, since it was
    // queued; and no mail about joint work goes out while either partner has paused it (decision 008).
    // A mail dropped this way is marked and never sent late.
    const recipient = await db.membership.findFirst({
      where: { userId: mail.userId, coupleId: mail.coupleId, [PREF[kind]]: true, couple: { jointPauses: { none: {} } } },
      select: { user: { select: { email: true } } },
    });
    if (!recipient) {
      await db.mailSend.updateMany({ where: { id: mail.id }, data: { failedAt: now } });
      continue;
    }
    const base = env().appUrl;
    const unsubscribe = `${base}/unsubscribe/${token}`;
    try {
      await sendMail(
        {
          to: recipient.user.email,
          ...jointMail(kind, { open: `${base}${PATHS[kind]}`, unsubscribe }),
          unsubscribeUrl: unsubscribe,
          messageId: messageIdFor(mail.id),
        },
        options,
      );
      await db.mailSend.updateMany({ where: { id: mail.id }, data: { sentAt: new Date() } });
      result.sent++;
    } catch (error) {
      await db.mailSend.updateMany({ where: { id: mail.id }, data: { failedAt: new Date() } });
      console.error(`[mail] a ${kind} mail could not be sent:`, error instanceof Error ? error.message : "unknown error");
      result.failed++;
    }
  }
  return result;
}
