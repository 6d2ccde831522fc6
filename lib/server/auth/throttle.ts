import "server-only";
import crypto from "node:crypto";
import { beginAttempt, clearAttempts, consume, forgiveAttempt, type Backoff, type Verdict } from "@/lib/server/rate-limit/counters";
import { env } from "@/lib/server/env";
import type { KnownDevice } from "@/lib/server/auth/device-cookie";

// Who may try a password how often. Counted per account (whoever is trying) and per client
// address (whichever account it tries), with growing delays that always end: nobody, least of all
// the other partner, can lock someone out for good. Unknown emails are counted exactly like known
// ones, so a delay says nothing about whether an account exists.
//
// Anyone who knows an email can run the account's count up, one guess each time the wait ends, and
// the owner's right password would wait too. So a browser that has signed in to the account before
// (its device cookie, lib/server/auth/device-cookie.ts) is counted on its own, by device: guesses
// from elsewhere, even from the same household address, don't hold it up, and its own wrong
// guesses still make it wait.

const MINUTE = 60_000;

/** Per account: attempts 1–5 go straight through; the 5th (if wrong) asks for 30 s, then 1, 2, 4, 8, 15 minutes at most. */
export const SIGNIN_ACCOUNT: Backoff = { free: 5, baseMs: 30_000, maxMs: 15 * MINUTE, windowMs: 24 * 60 * MINUTE };
/** Per client address, across accounts: more room (a shared office or household), the same ceiling. */
export const SIGNIN_CLIENT: Backoff = { free: 20, baseMs: 30_000, maxMs: 15 * MINUTE, windowMs: 24 * 60 * MINUTE };
/** Per known device of an account: the same curve as the account's, kept apart from it. */
export const SIGNIN_DEVICE: Backoff = SIGNIN_ACCOUNT;
/** Password-reset requests per client address and per account. */
export const RESET_PER_CLIENT = { limit: 5, windowMs: 60 * MINUTE };
export const RESET_PER_ACCOUNT = { limit: 3, windowMs: 60 * MINUTE };

const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex").slice(0, 32);
const accountKey = (email: string) => sha256(email.trim().toLowerCase());
const deviceKey = (device: KnownDevice) => `signin:device:${sha256(`${device.userId}\n${device.deviceId}`)}`;

/**
 * Counts a sign-in attempt before the password is checked. From a known device, on that device's
 * count alone; otherwise on the address's and the account's, refused while either is waiting.
 */
export async function beginSignIn(email: string, client: string, device: KnownDevice | null = null): Promise<Verdict> {
  if (device) return beginAttempt(deviceKey(device), SIGNIN_DEVICE);
  const byClient = await beginAttempt(`signin:client:${client}`, SIGNIN_CLIENT);
  if (!byClient.ok) return byClient;
  return beginAttempt(`signin:account:${accountKey(email)}`, SIGNIN_ACCOUNT);
}

/**
 * The password was right: the account's count starts over, and this attempt no longer counts for
 * the address. From a known device only that device's count starts over: the account's count is
 * someone else's guesses, and wiping it would hand them a fresh set.
 */
export async function signInSucceeded(email: string, client: string, device: KnownDevice | null = null) {
  if (device) return clearAttempts(deviceKey(device));
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
