import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { env } from "@/lib/server/env";
import { clientAddress } from "@/lib/server/client-address";

// A browser that has signed in to an account carries a device cookie for that account, and its
// sign-ins then get an allowance of their own (lib/server/auth/throttle.ts): guesses from other
// browsers can't keep the owner waiting. The value is a random device id and an HMAC, under the
// app's secret, of the account, its session version and that id. Nothing in it names the account;
// a forged or edited value, or another account's, doesn't verify; "sign out everywhere" and a new
// password (both bump the session version) void every cookie issued before them.

/** A year: the point is to be recognised months later, on the day someone else is guessing. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** A browser this account has signed in from, under the account's current session version. */
export type KnownDevice = { userId: string; deviceId: string };

type Account = { id: string; sessionVersion: number };

/** Where a password attempt comes from: the client's address and the Cookie header that may prove a known device. */
export type AttemptSource = { client: string; cookie: string | undefined };

export function attemptSource(headers: Pick<Headers, "get">): AttemptSource {
  return { client: clientAddress(headers), cookie: headers.get("cookie") ?? undefined };
}

const DEVICE_ID = /^[A-Za-z0-9_-]{22}$/;

function mac(...parts: string[]) {
  return crypto.createHmac("sha256", env().authSecret).update(parts.join("\n")).digest("base64url");
}

/**
 * One cookie per account, so a browser two people share keeps both. The name is derived from the
 * account through the HMAC (not its id in clear); `__Host-` over https, like the session cookie.
 */
export function deviceCookieName(userId: string) {
  return `${env().https ? "__Host-" : ""}mend-device-${mac("mend device cookie name", userId).slice(0, 16)}`;
}

function deviceCookieValue(account: Account, deviceId: string) {
  return `${deviceId}.${mac("mend device cookie", account.id, String(account.sessionVersion), deviceId)}`;
}

/** Values of the cookies called `name` in a Cookie header (a neighbouring host may have planted one more). */
function cookieValues(header: string | undefined, name: string) {
  return (header ?? "")
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1));
}

/** The device this request's cookies prove for `account`, or null (none, forged, edited, revoked or another account's). */
export function recogniseDevice(account: Account, cookieHeader: string | undefined): KnownDevice | null {
  for (const value of cookieValues(cookieHeader, deviceCookieName(account.id))) {
    const deviceId = value.split(".")[0] ?? "";
    if (!DEVICE_ID.test(deviceId)) continue;
    const expected = Buffer.from(deviceCookieValue(account, deviceId));
    const given = Buffer.from(value);
    if (expected.length === given.length && crypto.timingSafeEqual(expected, given)) return { userId: account.id, deviceId };
  }
  return null;
}

export function newDeviceId() {
  return crypto.randomBytes(16).toString("base64url");
}

/** Sets (or renews) this browser's device cookie for `account`. Only in a route handler or server action. */
export async function rememberDevice(account: Account, deviceId: string) {
  (await cookies()).set(deviceCookieName(account.id), deviceCookieValue(account, deviceId), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env().https,
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}
