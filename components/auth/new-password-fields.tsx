import { InputField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/validation/form";
import { PASSWORD_HINT, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";

/**
 * A password being chosen (signing up, changing or resetting it), with the rules beside it and the
 * browser holding it to the same two limits the hint names.
 */
export function NewPasswordField(props: React.ComponentProps<typeof InputField>) {
  return (
    <InputField
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN}
      maxLength={PASSWORD_MAX}
      hint={PASSWORD_HINT}
      {...props}
    />
  );
}

/** The new password and its confirmation, as the change and reset forms both ask for them. */
export function NewPasswordFields({ errors }: { errors: FieldErrors }) {
  return (
    <>
      <NewPasswordField label="New password" name="newPassword" errors={errors.newPassword} />
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
