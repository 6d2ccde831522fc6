import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { keepInOutbox } from "@/lib/server/email/outbox";
import { env } from "@/lib/server/env";

// The one way Mend sends mail (reminders, password resets). With SMTP_URL set, mail goes through
// that server. Without it, under `npm run dev` it is kept in the dev outbox (/app/outbox shows a
// signed-in person their own messages; lib/server/email/outbox.ts), and elsewhere it is not sent
// at all; either way the server log says so, with the subject only.

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
    if (await keepInOutbox({ to, subject, text, html: html ?? null })) {
      console.info(`[mail] no SMTP_URL set: "${subject}" kept in the dev outbox (/app/outbox) for its recipient`);
    } else {
      console.info(`[mail] no SMTP_URL set: "${subject}" not sent (set SMTP_URL to send mail)`);
    }
    return;
  }
  await transporterFor(smtpUrl).sendMail({ from: mailFrom, to, subject, text, html });
}
