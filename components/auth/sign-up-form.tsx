"use client";

import { useState } from "react";
import { useActionForm } from "@/components/ui/use-action";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { FormError, InputField } from "@/components/ui/field";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { NewPasswordField } from "@/components/auth/new-password-fields";
import { signUpAction } from "@/app/(auth)/signup/actions";
import { NAME_MAX } from "@/lib/validation/limits";

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const next = safeCallbackUrl(callbackUrl);
  const [signInError, setSignInError] = useState<string>();
  const {
    state,
    pending,
    onSubmit: submit,
    fieldErrors,
    formError,
  } = useActionForm(signUpAction, {
    // Without mail the account exists now: sign in with the same credentials and continue.
    // With mail, the account is created by the link in the email (the panel below says so).
    onSuccess: async ({ checkEmail }, form) => {
      if (checkEmail) return;
      const res = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
      if (res?.ok) {
        router.replace(next);
        router.refresh();
      } else setSignInError("Your account was created, but signing in failed. Please sign in.");
    },
  });

  if (state?.ok && state.data.checkEmail) {
    return (
      <div role="status" className="space-y-3 text-sm leading-relaxed">
        <h2 className="text-lg font-semibold">Check your email</h2>
        <p>
          We sent a message to the address you entered. Open the link in it within 30 minutes to confirm the address and create your
          account. Nothing arrived? Look in your spam folder, or sign up again in a few minutes.
        </p>
        <p>
          Already have an account?{" "}
          <Link className="font-medium text-brand-700 underline" href="/signin">
            Sign in
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form
      noValidate
      // The action checks every field and answers with field-level errors (the same schema would
      // cost every visitor zod's JavaScript here, for one round trip saved on a mistake).
      onSubmit={submit}
      className="space-y-5"
    >
      <FormError message={formError || signInError} />
      <InputField
        label="Your name"
        name="name"
        autoComplete="name"
        maxLength={NAME_MAX}
        required
        errors={fieldErrors.name}
        hint="Your partner will see this name."
      />
      <InputField label="Email" name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <NewPasswordField label="Password" name="password" errors={fieldErrors.password} />
      <Button type="submit" className="w-full" disabled={pending || Boolean(state?.ok)}>
        {pending || state?.ok ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-muted">
        Already have an account?{" "}
        <Link className="font-medium text-brand-700 underline" href={`/signin?callbackUrl=${encodeURIComponent(next)}`}>
          Sign in
        </Link>
      </p>
    </form>
  );
}
