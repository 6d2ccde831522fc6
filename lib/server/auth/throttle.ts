import "server-only";
import crypto from "node:crypto";
import { beginAttempt, clearAttempts, consume, forgiveAttempt, type Backoff, type Verdict } from "@/lib/server/rate-limit/counters";
import { env } from "@/lib/server/env";

// Who may try a password how often. Counted per account (whoever is trying) and per client
// address (whichever account it tries), with growing delays that always end: nobody, least of all
// the other partner, can lock someone out for good. Unknown emails are counted exactly like known
// ones, so a delay says nothing about whether an account exists.

const MINUTE = 60_000;

/** Per account: attempts 1–5 go straight through; the 5th (if wrong) asks for 30 s, then 1, 2, 4, 8, 15 minutes at most. */
export const SIGNIN_ACCOUNT: Backoff = { free: 5, baseMs: 30_000, maxMs: 15 * MINUTE, windowMs: 24 * 60 * MINUTE };
/** Per client address, across accounts: more room (a shared office or household), the same ceiling. */
export const SIGNIN_CLIENT: Backoff = { free: 20, baseMs: 30_000, maxMs: 15 * MINUTE, windowMs: 24 * 60 * MINUTE };
/** Password-reset requests per client address and per account. */
export const RESET_PER_CLIENT = { limit: 5, windowMs: 60 * MINUTE };
export const RESET_PER_ACCOUNT = { limit: 3, windowMs: 60 * MINUTE };

const accountKey = (email: string) => crypto.createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32);

/** Counts a sign-in attempt before the password is checked; refused while either key is waiting. */
export async function beginSignIn(email: string, client: string): Promise<Verdict> {
  const byClient = await beginAttempt(`signin:client:${client}`, SIGNIN_CLIENT);
  if (!byClient.ok) return byClient;
  return beginAttempt(`signin:account:${accountKey(email)}`, SIGNIN_ACCOUNT);
}

/** The password was right: the account's count starts over, and this attempt no longer counts for the address. */
export async function signInSucceeded(email: string, client: string) {
  await clearAttempts(`signin:account:${accountKey(email)}`);
  await forgiveAttempt(`signin:client:${client}`);
}

/** After a password reset the account's delays are lifted, so the owner can sign in at once. */
export async function clearSignInDelays(email: string) {
  await clearAttempts(`signin:account:${accountKey(email)}`);
}

export function allowSignUp(client: string): Promise<Verdict> {
  return consume(`signup:client:${client}`, { limit: env().signupsPerHour, windowMs: 60 * MINUTE });
}

/** Reset requests from one address (the person is told to wait). */
export function allowResetFromClient(client: string): Promise<Verdict> {
  return consume(`reset:client:${client}`, RESET_PER_CLIENT);
}

/** Reset mails to one account (over it, nothing is sent, and nothing is said: that would reveal the account). */
export function allowResetMail(email: string): Promise<Verdict> {
  return consume(`reset:account:${accountKey(email)}`, RESET_PER_ACCOUNT);
}
