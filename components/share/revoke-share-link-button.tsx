"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/form";
import { revokeShareLinkAction } from "@/app/(app)/app/settings/sharing/actions";

/** Two steps, so a stray tap doesn't cut a therapist off mid-week. */
export function RevokeShareLinkButton({ id, therapistName }: { id: string; therapistName: string }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(revokeShareLinkAction, null);
  const [confirming, setConfirming] = useState(false);
  const error = state && !state.ok ? state.formError : undefined;
  if (!confirming) {
    return (
      <Button variant="danger" onClick={() => setConfirming(true)} aria-label={`Switch off the link for ${therapistName}`}>
        Switch off
      </Button>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" aria-label={`Confirm switching off the link for ${therapistName}`}>
      <input type="hidden" name="id" value={id} />
      <p className="w-full text-sm" id={`revoke-${id}`}>
        {therapistName} won't be able to open it again. You can always create a new one.
      </p>
      <Button type="submit" variant="danger" disabled={pending} aria-describedby={`revoke-${id}`} autoFocus>
        {pending ? "Switching off…" : "Yes, switch it off"}
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
        Keep it
      </Button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
