"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormError, InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action";
import { changePasswordAction } from "@/app/(app)/app/settings/password/actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";

export function ChangePasswordForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: errors,
    formError,
  } = useActionForm(changePasswordAction, {
    onSuccess: () => formRef.current?.reset(),
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError message={formError} />
      <InputField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.currentPassword}
      />
      <NewPasswordFields errors={errors} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
        {state?.ok && (
          <p role="status" className="text-sm text-brand-700">
            Your password is changed. Every other device has been signed out.
          </p>
        )}
      </div>
    </form>
  );
}
