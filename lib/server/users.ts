import "server-only";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UserContext } from "@/lib/server/access";

export type RegisterResult = { ok: true; userId: string } | { ok: false; reason: "email-taken" };

export async function registerUser(input: { name: string; email: string; password: string }): Promise<RegisterResult> {
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) return { ok: false, reason: "email-taken" };
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({ data: { name: input.name, email: input.email, passwordHash }, select: { id: true } });
    return { ok: true, userId: user.id };
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "email-taken" };
    throw error;
  }
}

/** Revokes every session of this user, including the current one. */
export async function signOutEverywhere(user: Pick<UserContext, "userId">) {
  await db.$transaction([
    db.user.update({ where: { id: user.userId }, data: { sessionVersion: { increment: 1 } } }),
    db.userSession.deleteMany({ where: { userId: user.userId } }),
  ]);
}
