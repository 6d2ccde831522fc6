"use client";

import { ButtonLink, Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action";
import { resetPasswordAction } from "@/app/(auth)/reset-password/[token]/actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const { state, pending, onSubmit, fieldErrors: errors, formError } = useActionForm(resetPasswordAction);
  if (state?.ok) {
    return (
      <div role="status" className="space-y-4 text-sm">
        <p>Your password is changed, and every device has been signed out.</p>
        <ButtonLink href="/signin">Sign in</ButtonLink>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError message={formError} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={errors} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
