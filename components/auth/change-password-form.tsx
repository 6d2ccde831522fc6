"use client";

import { useRef } from "react";
import { FormError, InputField, SubmitRow } from "@/components/ui/field";
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
      <SubmitRow
        pending={pending}
        label={pending ? "Changing…" : "Change password"}
        status={state?.ok && "Your password is changed. Every other device has been signed out."}
      />
    </form>
  );
}
