"use client";

import { useActionForm } from "@/components/ui/use-action";
import { FormError, InputField, SubmitRow } from "@/components/ui/field";
import { SideFieldset } from "@/components/couples/side-fieldset";
import type { Side } from "@/lib/validation/couple-options";
import { updateProfileAction } from "@/app/(app)/app/settings/actions";
import { NAME_MAX } from "@/lib/validation/limits";

export function ProfileForm({ name, side }: { name: string; side: Side }) {
  const { state, pending, onSubmit, fieldErrors: errors, formError } = useActionForm(updateProfileAction);
  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <FormError message={formError} />
      <InputField label="Your name" name="name" defaultValue={name} maxLength={NAME_MAX} required errors={errors.name} />
      <SideFieldset defaultValue={side} errors={errors.side} />
      <SubmitRow pending={pending} label={pending ? "Saving…" : "Save"} status={state?.ok && "Saved."} />
    </form>
  );
}
