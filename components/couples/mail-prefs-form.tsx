"use client";

import { useActionForm } from "@/components/ui/use-action";
import { FormError, SubmitRow } from "@/components/ui/field";
import { updateMailPrefsAction } from "@/app/(app)/app/settings/actions";

/** Email about joint work: each partner's own switches. */
export function MailPrefsForm({ reviewEmail, talkEmail }: { reviewEmail: boolean; talkEmail: boolean }) {
  const { state, pending, onSubmit, formError } = useActionForm(updateMailPrefsAction);
  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <FormError message={formError} />
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" name="reviewEmail" value="true" defaultChecked={reviewEmail} className="mt-1 size-4 accent-brand-700" />
        <span>
          <span className="font-medium">Email me a few days before an agreement's review date</span>
          <span className="block text-muted">It says only that an agreement is due for review, never which one or what it says.</span>
        </span>
      </label>
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" name="talkEmail" value="true" defaultChecked={talkEmail} className="mt-1 size-4 accent-brand-700" />
        <span>
          <span className="font-medium">Email me when my partner proposes a talk</span>
          <span className="block text-muted">It says only that a talk was proposed, never its topic or time.</span>
        </span>
      </label>
      <SubmitRow pending={pending} label={pending ? "Saving…" : "Save email settings"} status={state?.ok ? "Saved." : null} />
    </form>
  );
}
