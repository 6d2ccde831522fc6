"use client";

import { Button } from "@/components/ui/button";
import { FormError, InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action";
import { requestResetAction } from "@/app/(auth)/forgot-password/actions";

export function RequestResetForm() {
  const { state, pending, onSubmit, fieldErrors: errors, formError } = useActionForm(requestResetAction);
  if (state?.ok) {
    return (
      <p role="status" className="rounded-xl border border-line bg-brand-50 p-4 text-sm leading-relaxed">
        If {state.data.email} has a Mend account, a link to choose a new password is on its way. It works once, for 30 minutes. Nothing
        arrived? Check your spam folder, or try again in a few minutes.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError message={formError} />
      <InputField label="Email" name="email" type="email" autoComplete="email" required errors={errors.email} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Send me a link"}
      </Button>
    </form>
  );
}
