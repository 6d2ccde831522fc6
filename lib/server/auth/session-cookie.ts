import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/server/env";

/** How long a session lasts without being refreshed by a visit. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * The session cookie. Over https it is Secure and named with the `__Host-` prefix, which browsers
 * only accept when Secure, Path=/ and without Domain: a neighbouring subdomain can't plant or
 * overwrite it. Over http (this computer, or a documented insecure setup) it has a plain name.
 */
export function sessionCookie() {
  const secure = env().https;
  return {
    name: secure ? "__Host-next-auth.session-token" : "next-auth.session-token",
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/**
 * Replaces this browser's session token with one under the user's new session version, so the
 * session that just changed the password stays signed in while every other one ends.
 */
export async function reissueSession(user: { userId: string; name: string; email: string; sessionId?: string }, sessionVersion: number) {
  const token = await encode({
    token: { name: user.name, email: user.email, sub: user.userId, uid: user.userId, sv: sessionVersion, sid: user.sessionId },
    secret: env().authSecret,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const { name, options } = sessionCookie();
  (await cookies()).set(name, token, { ...options, maxAge: SESSION_MAX_AGE_SECONDS });
}
