import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/server/env";

// Mend's one way to send mail: SMTP through nodemailer, configured by SMTP_URL (off when unset).

export type Mail = { to: string; subject: string; text: string; html?: string };

/** True when SMTP_URL is set, so features that need mail (password reset by email) can offer it. */
export function mailEnabled(): boolean {
  return env().smtpUrl !== null;
}

let transport: Transporter | undefined;

/** Sends one message; throws when mail is off or the server refuses it. */
export async function sendMail({ to, subject, text, html }: Mail): Promise<void> {
  const url = env().smtpUrl;
  if (!url) throw new Error("Mail is not configured (SMTP_URL is unset).");
  transport ??= nodemailer.createTransport(url);
  await transport.sendMail({ from: env().mailFrom, to, subject, text, ...(html ? { html } : {}) });
}
