"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { FormError, InputField } from "@/components/ui/field";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import type { FieldErrors } from "@/lib/validation/form";

const UNREACHABLE = "We couldn't reach Mend just now. Check your connection and try again.";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const next = safeCallbackUrl(callbackUrl);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget));
    // Loaded on the first try, not with the page: the sign-in page stays light on a slow phone.
    let validation;
    try {
      validation = await Promise.all([import("@/lib/validation/auth"), import("@/lib/validation/form")]);
    } catch {
      setFormError(UNREACHABLE);
      return;
    }
    const [{ signInSchema }, { fieldErrorsOf }] = validation;
    const parsed = signInSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    setFormError(undefined);
    setPending(true);
    try {
      const res = await signIn("credentials", { ...parsed.data, redirect: false });
      if (res?.ok) {
        router.replace(next);
        router.refresh();
        return;
      }
      setFormError(signInErrorMessage(res?.error));
    } catch {
      setFormError(UNREACHABLE);
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError message={formError} />
      <InputField label="Email" name="email" type="email" autoComplete="email" required errors={errors.email} />
      <InputField label="Password" name="password" type="password" autoComplete="current-password" required errors={errors.password} />
      <p className="-mt-3 text-right text-sm">
        <Link className="text-brand-700 underline" href="/forgot-password">
          Forgot your password?
        </Link>
      </p>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-muted">
        New to Mend?{" "}
        <Link className="font-medium text-brand-700 underline" href={`/signup?callbackUrl=${encodeURIComponent(next)}`}>
          Create an account
        </Link>
      </p>
    </form>
  );
}
