import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { hashToken, looksLikeToken, newToken } from "@/lib/server/tokens";
import { hashPassword } from "@/lib/server/auth/password";
import { consume } from "@/lib/server/rate-limit/counters";
import { sendMail } from "@/lib/server/email/send";
import { Prisma } from "@/lib/generated/prisma/client";

// Sign-up with a confirmed address (decision 007), used when SMTP_URL is set. Whatever the address,
// the visitor is told "check your email": a new address gets a link that creates the account, a
// taken one gets a note to its owner. Nobody learns from the answer, or its timing, whether
// someone uses Mend.

export const SIGN_UP_TTL_MINUTES = 30;
/** Mails about sign-ups to one address per hour (over it, nothing is sent and nothing is said). */
const MAILS_PER_ADDRESS = { limit: 3, windowMs: 60 * 60_000 };

const addressKey = (email: string) => crypto.createHash("sha256").update(email).digest("hex").slice(0, 32);

export function signUpLink(token: string) {
  return `${env().appUrl}/signup/confirm/${token}`;
}

function mailQuietly(mail: Parameters<typeof sendMail>[0], what: string) {
  // Not awaited: the answer takes as long whether or not (and whichever) mail goes out.
  void sendMail(mail).catch((error: unknown) => console.error(`Mend: the ${what} mail could not be sent`, error));
}

/**
 * Starts a sign-up for `input.email` (already lower-cased by the schema). The password is hashed
 * in every case, so a taken address answers as slowly as a new one.
 */
export async function startSignUp(input: { name: string; email: string; password: string }, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!(await consume(`signup:address:${addressKey(input.email)}`, MAILS_PER_ADDRESS, now)).ok) return;
  if (taken) {
    mailQuietly(
      {
        to: input.email,
        subject: "Someone tried to create a Mend account with your address",
        text:
          `Someone (perhaps you) tried to create a Mend account with this email address, but it already has one.\n\n` +
          `If it was you, sign in instead: ${env().appUrl}/signin\n` +
          `Forgot your password? Reset it here: ${env().appUrl}/forgot-password\n\n` +
          `If it wasn't you, nothing has changed and you can ignore this message. If you think someone knows your ` +
          `password, change it in Settings.`,
      },
      "sign-up notice",
    );
    return;
  }
  const { token, hash } = newToken();
  const expiresAt = new Date(now.getTime() + SIGN_UP_TTL_MINUTES * 60_000);
  await db.signUpRequest.create({ data: { email: input.email, name: input.name, passwordHash, tokenHash: hash, expiresAt } });
  mailQuietly(
    {
      to: input.email,
      subject: "Confirm your email to finish creating your Mend account",
      text:
        `Welcome to Mend.\n\nTo confirm this address and create your account, open this link within ${SIGN_UP_TTL_MINUTES} minutes:\n` +
        `${signUpLink(token)}\n\nIt works once. If you didn't sign up, ignore this message: no account is created without it.`,
    },
    "sign-up confirmation",
  );
}

export type ConfirmResult = { ok: true } | { ok: false; reason: "invalid" | "taken" };

/** Whether a confirmation link can still be used (the page shows its button only then). */
export async function signUpTokenIsLive(token: string, now = new Date()): Promise<boolean> {
  if (!looksLikeToken(token)) return false;
  const row = await db.signUpRequest.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true } });
  return Boolean(row && !row.usedAt && row.expiresAt > now);
}

/**
 * Creates the account from a confirmation link: single use even when two requests race (the claim
 * is a conditional update), and unknown, used and expired links are refused alike.
 */
export async function confirmSignUp(token: string, now = new Date()): Promise<ConfirmResult> {
  if (!looksLikeToken(token)) return { ok: false, reason: "invalid" };
  try {
    return await db.$transaction(async (tx): Promise<ConfirmResult> => {
      const row = await tx.signUpRequest.findUnique({ where: { tokenHash: hashToken(token) } });
      if (!row) return { ok: false, reason: "invalid" };
      const claim = await tx.signUpRequest.updateMany({
        where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (claim.count !== 1) return { ok: false, reason: "invalid" };
      await tx.user.create({ data: { email: row.email, name: row.name, passwordHash: row.passwordHash } });
      // Other pending links for this address are spent, and no copy of the password hash lingers.
      await tx.signUpRequest.deleteMany({ where: { email: row.email } });
      return { ok: true };
    });
  } catch (error) {
    // The address was registered after the link was sent: the unique index decides, nothing is kept.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      await db.signUpRequest.deleteMany({ where: { tokenHash: hashToken(token) } });
      return { ok: false, reason: "taken" };
    }
    throw error;
  }
}
