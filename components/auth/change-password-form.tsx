"use client";

import { FormError, InputField, SubmitRow } from "@/components/ui/field";
import { useClearingForm } from "@/components/ui/use-clearing-form";
import { changePasswordAction } from "@/app/(app)/app/settings/password/actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";

export function ChangePasswordForm() {
  const { formRef, state, pending, onSubmit, fieldErrors: errors, formError } = useClearingForm(changePasswordAction);
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
