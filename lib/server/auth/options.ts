import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { signInSchema } from "@/lib/validation/auth";
import { timingSafeDummyVerify, verifyPassword } from "@/lib/server/auth/password";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string };
    /** Session version the JWT was issued under; checked against the database on every request. */
    sv: number;
  }
  interface User {
    id: string;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

export const authOptions: NextAuthOptions = {
  // Credentials sign-in requires JWT sessions in next-auth v4.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  secret: env().authSecret,
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true },
        });
        if (!user) return timingSafeDummyVerify(parsed.data.password).then(() => null);
        if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
        return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    // The one place the session version is checked (also for /api/auth/session): a token from
    // before "sign out everywhere" gets an empty user. Name and email come fresh from the database.
    async session({ session, token }) {
      const user = token.uid
        ? await db.user.findUnique({ where: { id: token.uid }, select: { id: true, name: true, email: true, sessionVersion: true } })
        : null;
      const valid = user !== null && user.sessionVersion === token.sv;
      session.user = valid ? { id: user.id, name: user.name, email: user.email } : { id: "", name: "", email: "" };
      session.sv = valid ? user.sessionVersion : -1;
      return session;
    },
  },
};
