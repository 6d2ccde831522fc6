import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

// The one way Mend sends mail (reminders, password resets). With SMTP_URL set, mail goes through
// that server; without it (development), it is kept in the dev outbox (/app/outbox shows a
// signed-in person their own messages) and the server log says so, without the body.

export type Mail = { to: string; subject: string; text: string; html?: string };

let transport: { url: string; transporter: Transporter } | undefined;

function transporterFor(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

/** True when SMTP_URL is configured and mail really leaves the server. */
export function mailEnabled(): boolean {
  return Boolean(env().smtpUrl);
}

export async function sendMail({ to, subject, text, html }: Mail): Promise<void> {
  const { smtpUrl, mailFrom } = env();
  if (!smtpUrl) {
    await db.outboxMail.create({ data: { to: to.toLowerCase(), subject, text, html: html ?? null } });
    console.info(`[mail] no SMTP_URL set: "${subject}" kept in the dev outbox (/app/outbox) for its recipient`);
    return;
  }
  await transporterFor(smtpUrl).sendMail({ from: mailFrom, to, subject, text, html });
}
