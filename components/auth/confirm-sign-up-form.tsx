"use client";

import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action";
import { confirmSignUpAction } from "@/app/(auth)/signup/actions";

export function ConfirmSignUpForm({ token }: { token: string }) {
  const { pending, onSubmit, formError } = useActionForm(confirmSignUpAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError message={formError} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Confirm and create my account"}
      </Button>
    </form>
  );
}
