import "server-only";
import { db } from "@/lib/server/db";
import type { UserContext } from "@/lib/server/access";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { beginSignIn, signInSucceeded } from "@/lib/server/auth/throttle";
import { tooManyAttempts } from "@/lib/auth/sign-in-errors";
import { recogniseDevice, type AttemptSource } from "@/lib/server/auth/device-cookie";
import { refuse, type ActionResult } from "@/lib/validation/form";

/**
 * Changes the caller's password after checking the current one (throttled like sign-in: it is the
 * same guess). Bumps the session version, which ends every session; the caller re-issues its own
 * (reissueSession). Reset links still open die with the old password, and device cookies with the
 * old session version (the action gives this browser a new one).
 */
export async function changePassword(
  user: UserContext,
  input: { currentPassword: string; newPassword: string },
  from: AttemptSource,
): Promise<ActionResult<{ sessionVersion: number }>> {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.userId }, select: { passwordHash: true, sessionVersion: true } });
  const device = recogniseDevice({ id: user.userId, sessionVersion: row.sessionVersion }, from.cookie);
  const verdict = await beginSignIn(user.email, from.client, device);
  if (!verdict.ok) return refuse(tooManyAttempts(verdict.retryAfterMs));
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: ["That isn't your current password."] } };
  }
  await signInSucceeded(user.email, from.client, device);
  const passwordHash = await hashPassword(input.newPassword);
  const updated = await db.$transaction(async (tx) => {
    const u = await tx.user.update({
      where: { id: user.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await tx.passwordResetToken.updateMany({ where: { userId: user.userId, usedAt: null }, data: { usedAt: new Date() } });
    // Other devices' rows go too (their tokens are already void by the version); this one stays.
    await tx.userSession.deleteMany({ where: { userId: user.userId, ...(user.sessionId ? { id: { not: user.sessionId } } : {}) } });
    return u;
  });
  return { ok: true, data: { sessionVersion: updated.sessionVersion } };
}
