"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ok, publicAction } from "@/lib/server/actions";
import { registerUser } from "@/lib/server/users";
import { HashBusyError } from "@/lib/server/auth/password";
import { allowSignUp } from "@/lib/server/auth/throttle";
import { confirmSignUp, startSignUp } from "@/lib/server/auth/sign-up";
import { mailEnabled } from "@/lib/server/email/send";
import { clientAddress } from "@/lib/server/client-address";
import { BUSY_MESSAGE, tooManyAttempts } from "@/lib/auth/sign-in-errors";
import { confirmSignUpSchema, SIGN_UP_LINK_INVALID, signUpSchema } from "@/lib/validation/auth";
import { refuse } from "@/lib/validation/form";

/**
 * Creates an account. Public by nature: the only condition is that the visitor is not already
 * signed in as someone else. Without mail the account exists at once and the client signs in;
 * with mail (SMTP_URL) every address gets "check your email" (decision 007).
 */
export const signUpAction = publicAction(signUpSchema, async (signedIn, input) => {
  if (signedIn) return refuse("You are already signed in. Sign out first to create another account.");
  const allowed = await allowSignUp(clientAddress(await headers()));
  if (!allowed.ok) return refuse(tooManyAttempts(allowed.retryAfterMs));
  try {
    if (mailEnabled()) {
      await startSignUp(input);
      return ok({ checkEmail: true });
    }
    const result = await registerUser(input);
    if (!result.ok) {
      return { ok: false, fieldErrors: { email: ["That email is already registered. Sign in instead, or use another address."] } };
    }
  } catch (error) {
    if (error instanceof HashBusyError) return refuse(BUSY_MESSAGE);
    throw error;
  }
  return ok({ checkEmail: false });
});

/** The button on the confirmation page (a GET never creates the account: mail scanners open links). */
export const confirmSignUpAction = publicAction(confirmSignUpSchema, async (_visitor, { token }) => {
  const result = await confirmSignUp(token);
  if (result.ok) redirect("/signin?confirmed=1");
  if (result.reason === "taken") redirect("/signin?confirmed=taken");
  return refuse(SIGN_UP_LINK_INVALID);
});
