"use client";

import { useActionForm } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { RadioCardsFieldset } from "@/components/ui/radio-cards";
import { CADENCES, CADENCE_LABELS, type Cadence } from "@/lib/journey/maintenance";
import { setReminderCadenceAction } from "@/app/(app)/app/maintenance/actions";

const OPTIONS = CADENCES.map((value) => ({ value, label: CADENCE_LABELS[value] }));

/** Each partner's own cadence for check-in reminders in maintenance. */
export function CadenceForm({ cadence }: { cadence: Cadence }) {
  const { state, pending, onSubmit, onEdit, saved, fieldErrors, formError } = useActionForm(setReminderCadenceAction);
  return (
    <form onSubmit={onSubmit} onChange={onEdit} className="space-y-3" data-testid="cadence-form">
      <FormError message={formError} />
      <RadioCardsFieldset
        legend="Remind me to check in"
        hint="Only you choose this; your partner chooses their own."
        name="cadence"
        options={OPTIONS}
        defaultValue={cadence}
        errors={fieldErrors.cadence}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
        <p role="status" className="text-sm text-brand-700">
          {saved && state?.ok && !pending ? "Saved." : null}
        </p>
      </div>
    </form>
  );
}
