import "server-only";
import { db } from "@/lib/server/db";
import type { UserContext } from "@/lib/server/access";

/** Who is asking: a user or a partner context (both carry the session id). */
type Caller = Pick<UserContext, "userId" | "email" | "sessionId">;
import { verifyPassword } from "@/lib/server/auth/password";
import { beginSignIn, signInSucceeded } from "@/lib/server/auth/throttle";
import { passwordRecentlyEntered } from "@/lib/server/auth/sessions";
import { tooManyAttempts } from "@/lib/auth/sign-in-errors";
import { refuse, type ActionResult } from "@/lib/validation/form";
import { recogniseDevice, type AttemptSource } from "@/lib/server/auth/device-cookie";

export const PASSWORD_AGAIN = "Enter your password to continue. Mend asks again when your last one was more than 10 minutes ago.";

/**
 * Before a sensitive act (creating a therapist link): the password must have been entered in this
 * session within the last 10 minutes, or come with the request (checked and throttled like a sign-in).
 * Returns the answer to give, or `checked: true` when the password came with this request: the caller
 * then records it with `markPasswordEntered` once the act has succeeded, so a refused act writes nothing.
 */
export async function confirmRecentPassword(
  user: Caller,
  password: string | undefined,
  from: AttemptSource,
): Promise<{ refused: ActionResult<never> } | { refused: null; checked: boolean }> {
  if (await passwordRecentlyEntered(user)) return { refused: null, checked: false };
  if (!password) return { refused: { ok: false, fieldErrors: { password: [PASSWORD_AGAIN] } } };
  // The account may be gone by now (deleted from another device while this request ran).
  const row = await db.user.findUnique({ where: { id: user.userId }, select: { passwordHash: true, sessionVersion: true } });
  const device = row ? recogniseDevice({ id: user.userId, sessionVersion: row.sessionVersion }, from.cookie) : null;
  const verdict = await beginSignIn(user.email, from.client, device);
  if (!verdict.ok) return { refused: refuse(tooManyAttempts(verdict.retryAfterMs)) };
  if (!row || !(await verifyPassword(row.passwordHash, password)))
    return { refused: { ok: false, fieldErrors: { password: ["That isn't your password."] } } };
  await signInSucceeded(user.email, from.client, device);
  return { refused: null, checked: true };
}
