"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action";
import { UserText } from "@/components/ui/user-text";
import { revokeShareLinkAction } from "@/app/(app)/app/settings/sharing/actions";

/** Two steps, so a stray tap doesn't cut a therapist off mid-week. */
export function RevokeShareLinkButton({ id, therapistName }: { id: string; therapistName: string }) {
  const { pending, onSubmit, formError, fieldErrors } = useActionForm(revokeShareLinkAction);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="danger" onClick={() => setConfirming(true)} aria-label={`Switch off the link for ${therapistName}`}>
        Switch off
      </Button>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-wrap items-center gap-2"
      aria-label={`Confirm switching off the link for ${therapistName}`}
    >
      <input type="hidden" name="id" value={id} />
      <p className="w-full text-sm" id={`revoke-${id}`}>
        <UserText>{therapistName}</UserText> won't be able to open it again. You can always create a new one.
      </p>
      <Button type="submit" variant="danger" disabled={pending} aria-describedby={`revoke-${id}`} autoFocus>
        {pending ? "Switching off…" : "Yes, switch it off"}
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
        Keep it
      </Button>
      <InlineError className="w-full" message={formError ?? fieldErrors.id?.[0]} />
    </form>
  );
}
