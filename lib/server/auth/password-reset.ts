import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { hashToken, looksLikeToken, newToken } from "@/lib/server/tokens";
import { hashPassword } from "@/lib/server/auth/password";
import { allowResetFromClient, allowResetMail, clearSignInDelays } from "@/lib/server/auth/throttle";
import { mailEnabled, sendMail } from "@/lib/server/email/send";
import type { Verdict } from "@/lib/server/rate-limit/counters";

// Password reset: a single-use link, valid for 30 minutes, of which only the sha256 is stored.
// By email when SMTP_URL is set; otherwise `npm run mend -- reset-link <email>` (lib/cli/mend.mjs)
// prints one for whoever runs the server to hand over in person.

export const RESET_TTL_MINUTES = 30;

/** Issues a reset token for an existing account (null when there is none). */
export async function issueResetToken(email: string, now = new Date()): Promise<{ token: string; expiresAt: Date } | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return null;
  const { token, hash } = newToken();
  const expiresAt = new Date(now.getTime() + RESET_TTL_MINUTES * 60_000);
  await db.passwordResetToken.create({ data: { userId: user.id, tokenHash: hash, expiresAt } });
  return { token, expiresAt };
}

export function resetLink(token: string) {
  return `${env().publicUrl ?? "http://localhost:3000"}/reset-password/${token}`;
}

/**
 * Someone asked for a reset link for `email`. The answer is the same whether or not the account
 * exists (the caller shows "if an account exists, a link is on its way"); only a client over its
 * allowance is told to wait. A quiet per-account limit keeps anyone from filling a mailbox.
 */
export async function requestPasswordReset(email: string, client: string): Promise<Verdict> {
  const verdict = await allowResetFromClient(client);
  if (!verdict.ok) return verdict;
  if (!mailEnabled() || !(await allowResetMail(email)).ok) return { ok: true };
  const issued = await issueResetToken(email);
  if (!issued) return { ok: true };
  const link = resetLink(issued.token);
  // Not awaited: the answer takes as long whether or not a mail goes out.
  void sendMail({
    to: email,
    subject: "Reset your Mend password",
    text:
      `Someone (hopefully you) asked to reset the password of your Mend account.\n\n` +
      `To choose a new password, open this link within ${RESET_TTL_MINUTES} minutes:\n${link}\n\n` +
      `It works once. If you didn't ask for this, you can ignore this message: your password stays as it is.`,
  }).catch((error: unknown) => console.error("Mend: the password-reset mail could not be sent", error));
  return { ok: true };
}

export type ResetResult = { ok: true } | { ok: false; reason: "invalid" };

/**
 * Sets a new password with a reset token: unknown, used and expired tokens are refused alike.
 * Single use even when two requests race (the claim is a conditional update). Every session ends,
 * other open links die, and sign-in delays on the account are lifted.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<ResetResult> {
  if (!looksLikeToken(token)) return { ok: false, reason: "invalid" };
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, usedAt: true, expiresAt: true, user: { select: { email: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now) return { ok: false, reason: "invalid" };
  const passwordHash = await hashPassword(newPassword);
  const claimed = await db.$transaction(async (tx) => {
    const claim = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claim.count !== 1) return false;
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    await tx.userSession.deleteMany({ where: { userId: row.userId } });
    return true;
  });
  if (!claimed) return { ok: false, reason: "invalid" };
  await clearSignInDelays(row.user.email);
  return { ok: true };
}

/** Whether a reset link can still be used (for the page that shows the form). */
export async function resetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  if (!looksLikeToken(token)) return false;
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true } });
  return Boolean(row && !row.usedAt && row.expiresAt > now);
}
