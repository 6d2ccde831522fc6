import { InputField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/validation/form";
import { PASSWORD_HINT, PASSWORD_MAX } from "@/lib/auth/password-rules";

/** The new password and its confirmation, as the change and reset forms both ask for them. */
export function NewPasswordFields({ errors }: { errors: FieldErrors }) {
  return (
    <>
      <InputField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX}
        errors={errors.newPassword}
        hint={PASSWORD_HINT}
      />
      <InputField
        label="New password, again"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.confirmPassword}
      />
    </>
  );
}
