import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { keepInOutbox } from "@/lib/server/email/outbox";
import { env } from "@/lib/server/env";

// The one way Mend sends mail (reminders, password resets). With SMTP_URL set, mail goes through
// that server. Without it, under `npm run dev` it is kept in the dev outbox (/app/outbox shows a
// signed-in person their own messages; lib/server/email/outbox.ts), and elsewhere it is not sent
// at all; either way the server log says so, with the subject only.

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * Mail someone can switch off (reminders, joint-work notices): the https address of its
   * unsubscribe link, sent as List-Unsubscribe with RFC 8058 one-click, so a mail app's own
   * "unsubscribe" button POSTs to it (app/unsubscribe/[token]/route.ts).
   */
  unsubscribeUrl?: string;
  /** A stable Message-ID (the claim's id), so a receiving server can tell a resend from a new mail. */
  messageId?: string;
};

/** Waits before each further attempt: a transient refusal (a greylisting 451, a dropped connection) usually clears in seconds. */
export const RETRY_DELAYS_MS = [2_000, 10_000];

let transport: { url: string; transporter: Transporter } | undefined;

function transporterFor(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

/** True when SMTP_URL is configured and mail really leaves the server. */
export function mailEnabled(): boolean {
  return Boolean(env().smtpUrl);
}

/** The headers of mail someone can switch off. */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/**
 * True when the server certainly did not take the message, so another attempt can't deliver it
 * twice: it answered with a temporary 4xx, or the connection failed before any command went
 * through. An error without an answer after the message body was sent (the server may have
 * queued it) is never retried: a missed mail is better than a doubled one.
 */
export function safeToRetry(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { responseCode, code, command } = error as { responseCode?: unknown; code?: unknown; command?: unknown };
  if (typeof responseCode === "number") return responseCode >= 400 && responseCode < 500;
  return (code === "ECONNECTION" || code === "ETIMEDOUT") && (command === undefined || command === "CONN");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function sendMail(
  { to, subject, text, html, unsubscribeUrl, messageId }: Mail,
  { retryDelaysMs = RETRY_DELAYS_MS }: { retryDelaysMs?: readonly number[] } = {},
): Promise<void> {
  const { smtpUrl, mailFrom } = env();
  if (!smtpUrl) {
    if (await keepInOutbox({ to, subject, text, html: html ?? null })) {
      console.info(`[mail] no SMTP_URL set: "${subject}" kept in the dev outbox (/app/outbox) for its recipient`);
    } else {
      console.info(`[mail] no SMTP_URL set: "${subject}" not sent (set SMTP_URL to send mail)`);
    }
    return;
  }
  const message = {
    from: mailFrom,
    to,
    subject,
    text,
    html,
    ...(messageId ? { messageId } : {}),
    ...(unsubscribeUrl ? { headers: { ...unsubscribeHeaders(unsubscribeUrl), "Auto-Submitted": "auto-generated" } } : {}),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await transporterFor(smtpUrl).sendMail(message);
      return;
    } catch (error) {
      const delay = retryDelaysMs[attempt];
      if (delay === undefined || !safeToRetry(error)) throw error;
      console.warn(`[mail] "${subject}" was refused for now; trying again in ${Math.round(delay / 1000)} s`);
      await sleep(delay);
    }
  }
}
