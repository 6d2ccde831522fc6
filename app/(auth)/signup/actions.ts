"use server";

import { currentUser } from "@/lib/server/access";
import { registerUser } from "@/lib/server/users";
import { signUpSchema } from "@/lib/validation/auth";
import { asFormData, formDataObject, parseWith, type ActionResult } from "@/lib/validation/form";

/**
 * Creates an account. Public by nature: the only "require" here is that the visitor is
 * not already signed in as someone else. The client signs in right after.
 */
export async function signUpAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const signedIn = await currentUser();
  if (signedIn) return { ok: false, fieldErrors: {}, formError: "You are already signed in. Sign out first to create another account." };
  const parsed = parseWith(signUpSchema, formDataObject(asFormData(formData)));
  if (!parsed.ok) return parsed;
  const result = await registerUser(parsed.data);
  if (!result.ok) {
    return { ok: false, fieldErrors: { email: ["That email is already registered. Sign in instead, or use another address."] } };
  }
  return { ok: true, data: undefined };
}
