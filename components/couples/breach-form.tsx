"use client";

import { useActionButton, useActionForm } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { FormError, InlineError } from "@/components/ui/field";
import { BreachFieldset } from "@/components/couples/breach-fieldset";
import type { Breach } from "@/lib/content/readers";
import { setBreachAction } from "@/app/(app)/app/settings/actions";

/** The "What happened" choice in settings: save a kind, or clear it back to not said. */
export function BreachForm({ breach }: { breach: Breach | null }) {
  const { saved, onEdit, pending, onSubmit, fieldErrors: errors, formError } = useActionForm(setBreachAction);
  const clear = useActionButton(setBreachAction);
  return (
    // The key resets the radios to the saved value after a save or a clear (by either partner).
    <form key={breach ?? "unset"} onSubmit={onSubmit} onChange={onEdit} className="space-y-5">
      <FormError message={formError} />
      <BreachFieldset defaultValue={breach} errors={errors.breach} legend="The kind of breach" hint="" />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || clear.pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
        {breach && (
          <Button type="button" variant="secondary" disabled={pending || clear.pending} onClick={() => clear.run({ breach: "" })}>
            {clear.pending ? "Clearing…" : "Clear the choice"}
          </Button>
        )}
        <p role="status" className="text-sm text-brand-700">
          {saved && !pending ? "Saved." : null}
        </p>
      </div>
      <InlineError message={clear.error} />
    </form>
  );
}
