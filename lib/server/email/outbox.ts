import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import type { UserContext } from "@/lib/server/access";

// The dev outbox holds mail Mend would have sent without SMTP_URL, so a developer can follow a
// link from it. Mail carries one-time links (reset, sign-up), so it is kept only under `npm run
// dev`, its links and tokens are replaced after an hour (when read, and in the database by
// housekeeping), and a production server never stores it: without SMTP it logs the subject only,
// and `npm run mend -- reset-link <email>` prints a reset link to hand over.

/** How long a kept mail shows its links. */
export const OUTBOX_LINKS_FOR_MS = 60 * 60 * 1000;

/** True where mail without SMTP_URL is kept in the dev outbox: development only. */
export function devOutboxEnabled(): boolean {
  return env().nodeEnv === "development";
}

const LINK = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;
// Long runs of token characters (a base64url or hex token, a code to type in), not ordinary words.
const TOKEN = /\b(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{20,}\b/g;

/** The text with every link and token replaced. */
export function redactMailText(text: string): string {
  return text.replace(LINK, "[link removed after an hour]").replace(TOKEN, "[code removed after an hour]");
}

/** Keeps one mail in the outbox, in development only. */
export async function keepInOutbox(mail: { to: string; subject: string; text: string; html: string | null }): Promise<boolean> {
  if (!devOutboxEnabled()) return false;
  await db.outboxMail.create({ data: { ...mail, to: mail.to.toLowerCase() } });
  return true;
}

/** The dev outbox: the newest messages addressed to the caller, and no one else's. */
export async function myOutbox(user: Pick<UserContext, "email">, now = new Date()) {
  if (!devOutboxEnabled()) return [];
  const rows = await db.outboxMail.findMany({
    where: { to: user.email.toLowerCase() },
    select: { id: true, subject: true, text: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  const cutoff = now.getTime() - OUTBOX_LINKS_FOR_MS;
  return rows.map((m) => (m.createdAt.getTime() <= cutoff ? { ...m, text: redactMailText(m.text) } : m));
}

/**
 * Housekeeping: replaces links and tokens in mail older than an hour, and drops the HTML copy. A
 * server outside development keeps no outbox at all: anything left from an earlier version goes.
 */
export async function redactOutbox(now = new Date()): Promise<number> {
  if (!devOutboxEnabled()) return (await db.outboxMail.deleteMany({})).count;
  const old = await db.outboxMail.findMany({
    where: { createdAt: { lte: new Date(now.getTime() - OUTBOX_LINKS_FOR_MS) } },
    select: { id: true, text: true, html: true },
  });
  let changed = 0;
  for (const mail of old) {
    const text = redactMailText(mail.text);
    if (text === mail.text && mail.html === null) continue;
    await db.outboxMail.updateMany({ where: { id: mail.id }, data: { text, html: null } });
    changed++;
  }
  return changed;
}
