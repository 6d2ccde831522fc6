"use server";

import { done, publicAction } from "@/lib/server/actions";
import { resetPassword } from "@/lib/server/auth/password-reset";
import { HashBusyError } from "@/lib/server/auth/password";
import { BUSY_MESSAGE } from "@/lib/auth/sign-in-errors";
import { resetPasswordSchema } from "@/lib/validation/auth";
import { refuse } from "@/lib/validation/form";

/** Sets a new password with a reset link; the link is the credential (single use, 30 minutes). */
export const resetPasswordAction = publicAction(resetPasswordSchema, async (_visitor, input) => {
  try {
    const result = await resetPassword(input.token, input.newPassword);
    if (!result.ok) return refuse("This link has expired or was already used. Ask for a new one.");
    return done;
  } catch (error) {
    if (error instanceof HashBusyError) return refuse(BUSY_MESSAGE);
    throw error;
  }
});
