"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { FormError, InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action";
import { confirmExportAction, deleteAccountAction, leaveCoupleAction } from "@/app/(app)/app/settings/data/actions";
import type { FieldErrors } from "@/lib/validation/form";

/** Shown once the server asks for it: the password was last entered more than 10 minutes ago. */
function PasswordAgain({ errors }: { errors: FieldErrors }) {
  if (!errors.password) return null;
  return <InputField label="Your password" name="password" type="password" autoComplete="current-password" required errors={errors.password} />;
}

export function ExportForm() {
  const [ready, setReady] = useState(false);
  const { onSubmit, pending, fieldErrors, formError } = useActionForm(confirmExportAction, {
    onSuccess: () => {
      setReady(true);
      // A download link clicked for the person: the file arrives, the page stays.
      const link = document.createElement("a");
      link.href = "/app/settings/data/export";
      link.download = "";
      link.click();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <PasswordAgain errors={fieldErrors} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Preparing…" : "Download my data (JSON)"}
        </Button>
        <a href="/app/settings/data/print" className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
          Open a printable copy
        </a>
      </div>
      {ready && (
        <p role="status" className="text-sm text-muted">
          Your download has started. If it didn't, <a href="/app/settings/data/export" className="text-brand-700 underline">download it here</a>.
        </p>
      )}
    </form>
  );
}

function SharedChoice({ errors, leaving }: { errors: FieldErrors; leaving: boolean }) {
  const error = errors.shared?.[0];
  return (
    <fieldset aria-describedby={error ? "shared-choice-error" : undefined} className="space-y-2">
      <legend className="text-sm font-medium">What you shared with your partner</legend>
      <p className="text-sm text-muted">
        Your private entries, check-ins, notes and safety answers are always removed{leaving ? " from this workspace" : ""}. Agreements
        stay in the couple's shared history either way, shown as a former partner's.
      </p>
      <label className="flex min-h-11 cursor-pointer items-start gap-2 rounded-lg border border-line bg-white p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
        <input type="radio" name="shared" value="delete" className="mt-0.5 accent-brand-700" />
        <span>
          Delete it too: the entries, responses and commitments I shared, my questions, triggers and trigger plan, my answers
          and replies, and the topics of talks I proposed. My partner&apos;s own answers, replies and notes are not removed: they
          stay with my partner, under “a question from a former partner” and the like (a commitment they confirmed stays
          as “a commitment a former partner made”, without my notes).
        </span>
      </label>
      <label className="flex min-h-11 cursor-pointer items-start gap-2 rounded-lg border border-line bg-white p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
        <input type="radio" name="shared" value="keep" className="mt-0.5 accent-brand-700" />
        <span>Keep it readable to my partner, shown as written by “a former partner”, not by my name.</span>
      </label>
      {error && (
        <p id="shared-choice-error" role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function LeaveCoupleForm() {
  const router = useRouter();
  const { onSubmit, pending, fieldErrors, formError } = useActionForm(leaveCoupleAction, {
    onSuccess: () => router.push("/app/welcome"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <SharedChoice errors={fieldErrors} leaving />
      <PasswordAgain errors={fieldErrors} />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Leaving…" : "Leave this workspace"}
      </Button>
    </form>
  );
}

export function DeleteAccountForm({ inCouple }: { inCouple: boolean }) {
  const { onSubmit, pending, fieldErrors, formError } = useActionForm(deleteAccountAction, {
    onSuccess: () => signOut({ callbackUrl: "/?account=deleted" }),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      {inCouple && <SharedChoice errors={fieldErrors} leaving={false} />}
      <InputField
        label="Type the word delete to confirm"
        name="confirm"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        errors={fieldErrors.confirm}
      />
      <PasswordAgain errors={fieldErrors} />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Deleting…" : "Delete my account"}
      </Button>
    </form>
  );
}
