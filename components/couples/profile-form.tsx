"use client";

import { useActionForm } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { FormError, InputField } from "@/components/ui/field";
import { SideFieldset } from "@/components/couples/side-fieldset";
import type { Side } from "@/lib/validation/couple";
import { updateProfileAction } from "@/app/(app)/app/settings/actions";
import { NAME_MAX } from "@/lib/validation/limits";

export function ProfileForm({ name, side }: { name: string; side: Side }) {
  const { state, pending, onSubmit, fieldErrors: errors, formError } = useActionForm(updateProfileAction);
  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <FormError message={formError} />
      <InputField label="Your name" name="name" defaultValue={name} maxLength={NAME_MAX} required errors={errors.name} />
      <SideFieldset defaultValue={side} errors={errors.side} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
        <p role="status" className="text-sm text-brand-700">
          {state?.ok && !pending ? "Saved." : null}
        </p>
      </div>
    </form>
  );
}
