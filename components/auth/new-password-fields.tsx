import { InputField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/validation/form";
import { PASSWORD_HINT, PASSWORD_MAX } from "@/lib/auth/password-rules";

/** A password being chosen (signing up, changing or resetting it), with the rules beside it. */
export function NewPasswordField(props: React.ComponentProps<typeof InputField>) {
  return <InputField type="password" autoComplete="new-password" required hint={PASSWORD_HINT} {...props} />;
}

/** The new password and its confirmation, as the change and reset forms both ask for them. */
export function NewPasswordFields({ errors }: { errors: FieldErrors }) {
  return (
    <>
      <NewPasswordField label="New password" name="newPassword" maxLength={PASSWORD_MAX} errors={errors.newPassword} />
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
