"use server";

import { headers } from "next/headers";
import { ok, publicAction } from "@/lib/server/actions";
import { requestPasswordReset } from "@/lib/server/auth/password-reset";
import { clientAddress } from "@/lib/server/client-address";
import { tooManyAttempts } from "@/lib/auth/sign-in-errors";
import { requestResetSchema } from "@/lib/validation/auth";
import { refuse } from "@/lib/validation/form";

/** Asks for a reset link by email. The answer never says whether the address has an account. */
export const requestResetAction = publicAction(requestResetSchema, async (_visitor, input) => {
  const verdict = await requestPasswordReset(input.email, clientAddress(await headers()));
  if (!verdict.ok) return refuse(tooManyAttempts(verdict.retryAfterMs));
  return ok({ email: input.email });
});
