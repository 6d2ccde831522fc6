"use server";

import { done, failed, publicAction } from "@/lib/server/actions";
import { registerUser } from "@/lib/server/users";
import { signUpSchema } from "@/lib/validation/auth";

/**
 * Creates an account. Public by nature: the only condition is that the visitor is not already
 * signed in as someone else. The client signs in right after.
 */
export const signUpAction = publicAction(signUpSchema, async (signedIn, input) => {
  if (signedIn) return failed("You are already signed in. Sign out first to create another account.");
  const result = await registerUser(input);
  if (!result.ok) {
    return { ok: false, fieldErrors: { email: ["That email is already registered. Sign in instead, or use another address."] } };
  }
  return done;
});
