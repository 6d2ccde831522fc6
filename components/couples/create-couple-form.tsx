"use client";

import { useActionForm } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { FormError, InputField } from "@/components/ui/field";
import { SideFieldset } from "@/components/couples/side-fieldset";
import { BreachFieldset } from "@/components/couples/breach-fieldset";
import { createCoupleAction } from "@/app/(app)/app/welcome/actions";
import { NAME_MAX } from "@/lib/validation/limits";

export function CreateCoupleForm({ defaultName }: { defaultName: string }) {
  const { pending, onSubmit, fieldErrors: errors, formError } = useActionForm(createCoupleAction);
  return (
    <form onSubmit={onSubmit} className="space-y-6">
      <FormError message={formError} />
      <InputField
        label="Name of your workspace"
        name="name"
        defaultValue={defaultName}
        maxLength={NAME_MAX}
        required
        errors={errors.name}
        hint="Only the two of you (and a therapist you choose) will see it."
      />
      <SideFieldset defaultValue="unsaid" errors={errors.side} />
      <BreachFieldset errors={errors.breach} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create our workspace"}
      </Button>
    </form>
  );
}
