"use server";

import { headers } from "next/headers";
import { done, failed, publicAction } from "@/lib/server/actions";
import { registerUser } from "@/lib/server/users";
import { HashBusyError } from "@/lib/server/auth/password";
import { allowSignUp } from "@/lib/server/auth/throttle";
import { clientAddress } from "@/lib/server/client-address";
import { BUSY_MESSAGE, tooManyAttempts } from "@/lib/auth/sign-in-errors";
import { signUpSchema } from "@/lib/validation/auth";

/**
 * Creates an account. Public by nature: the only condition is that the visitor is not already
 * signed in as someone else. The client signs in right after.
 */
export const signUpAction = publicAction(signUpSchema, async (signedIn, input) => {
  if (signedIn) return failed("You are already signed in. Sign out first to create another account.");
  const allowed = await allowSignUp(clientAddress(await headers()));
  if (!allowed.ok) return failed(tooManyAttempts(allowed.retryAfterMs));
  try {
    const result = await registerUser(input);
    if (!result.ok) {
      return { ok: false, fieldErrors: { email: ["That email is already registered. Sign in instead, or use another address."] } };
    }
  } catch (error) {
    if (error instanceof HashBusyError) return failed(BUSY_MESSAGE);
    throw error;
  }
  return done;
});
