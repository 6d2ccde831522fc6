"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { FormError, InputField } from "@/components/ui/field";
import { SideFieldset } from "@/components/couple/side-fieldset";
import type { ActionResult } from "@/lib/validation/form";
import { createCoupleAction } from "@/app/(app)/app/welcome/actions";

export function CreateCoupleForm({ defaultName }: { defaultName: string }) {
  const { state, pending, onSubmit } = useFormAction<ActionResult>(createCoupleAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form onSubmit={onSubmit} className="space-y-6">
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <InputField
        label="Name of your workspace"
        name="name"
        defaultValue={defaultName}
        maxLength={80}
        required
        errors={errors.name}
        hint="Only the two of you (and a therapist you choose) will see it."
      />
      <SideFieldset defaultValue="unsaid" errors={errors.side} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create our workspace"}
      </Button>
    </form>
  );
}
