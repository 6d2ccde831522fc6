import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { signInSchema } from "@/lib/validation/auth";
import { HashBusyError, timingSafeDummyVerify, verifyPassword } from "@/lib/server/auth/password";
import { beginSignIn, signInSucceeded } from "@/lib/server/auth/throttle";
import { clientAddress } from "@/lib/server/client-address";
import { BUSY, throttledCode } from "@/lib/auth/sign-in-errors";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "@/lib/server/auth/session-cookie";
import { keepAlive, startSession } from "@/lib/server/auth/sessions";
import { attachCaller, callerRow } from "@/lib/server/auth/caller";
import { newDeviceId, recogniseDevice, rememberDevice } from "@/lib/server/auth/device-cookie";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string };
    /** Session version the JWT was issued under; checked against the database on every request. */
    sv: number;
    /** The UserSession row of this sign-in ("" when the session is not valid). */
    sid: string;
  }
  interface User {
    id: string;
    sessionVersion: number;
    sid: string;
    /** This browser's device id for the device cookie the signIn event sets (never put in the token). */
    deviceId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    sid?: string;
  }
}

export const authOptions: NextAuthOptions = {
  // Credentials sign-in requires JWT sessions in next-auth v4.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  secret: env().authSecret,
  // Secure cookies (and next-auth's __Secure-/__Host- names) whenever the public address is https,
  // whatever NEXTAUTH_URL's default; the session cookie itself gets the stricter __Host- prefix.
  useSecureCookies: env().https,
  cookies: { sessionToken: sessionCookie() },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // A thrown error reaches the sign-in form as `?error=<message>` (lib/auth/sign-in-errors.ts);
      // app/api/auth/[...nextauth]/route.ts answers those with 429.
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const headers = req?.headers as Record<string, string> | undefined;
        const client = clientAddress(new Headers(headers));
        // Looked up before counting (one query, found or not) to tell a browser this account has
        // signed in from before, which has an allowance of its own (lib/server/auth/throttle.ts).
        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true },
        });
        const device = user ? recogniseDevice(user, headers?.cookie) : null;
        // Counted before the (costly) password check, so parallel guesses count too.
        const verdict = await beginSignIn(email, client, device);
        if (!verdict.ok) throw new Error(throttledCode(verdict.retryAfterMs));
        try {
          if (!user) return timingSafeDummyVerify(password).then(() => null);
          if (!(await verifyPassword(user.passwordHash, password))) return null;
          await signInSucceeded(email, client, device);
          const sid = await startSession(user.id, headers?.["user-agent"]);
          const deviceId = device?.deviceId ?? newDeviceId();
          return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion, sid, deviceId };
        } catch (error) {
          if (error instanceof HashBusyError) throw new Error(BUSY);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    // next-auth's own redirects (sign-in, sign-out) follow the same rule as ours: a path on this site.
    redirect({ url, baseUrl }) {
      return baseUrl + safeCallbackUrl(url, baseUrl);
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
        token.sid = user.sid;
      }
      return token;
    },
    // The one place the session version is checked (also for /api/auth/session): a token from
    // before "sign out everywhere" gets an empty user. Name and email come fresh from the database.
    // The account and the sign-in's row come in one statement with what every page then asks about
    // the caller (lib/server/auth/caller.ts), handed on with the session to lib/server/access.ts.
    async session({ session, token }) {
      const caller = token.uid && token.sid ? await callerRow(token.uid, token.sid) : null;
      // …and the sign-in's row must still exist (not signed out from another device, not idle too long).
      const valid = caller !== null && caller.sessionVersion === token.sv && (await keepAlive(caller, token.sid!));
      session.user = valid ? { id: caller.userId, name: caller.name, email: caller.email } : { id: "", name: "", email: "" };
      session.sv = valid ? caller.sessionVersion : -1;
      session.sid = valid ? token.sid! : "";
      return valid ? attachCaller(session, caller) : session;
    },
  },
  events: {
    // This browser is now one the account has signed in from: it gets (or renews) its device cookie.
    async signIn({ user }) {
      await rememberDevice({ id: user.id, sessionVersion: user.sessionVersion }, user.deviceId);
    },
    // Signing out ends the row too, so the list of sessions shows only live ones.
    async signOut({ token }) {
      if (token?.sid && token.uid) await db.userSession.deleteMany({ where: { id: token.sid, userId: token.uid } });
    },
  },
};
