"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { FieldShell, FormError, InputField, inputClass } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { LocalTime } from "@/components/ui/local-time";
import { SHARE_DEFAULT_DAYS, SHARE_MAX_DAYS, SHARE_SECTIONS, SHARE_SECTION_LABELS } from "@/lib/validation/share-options";
import type { FieldErrors } from "@/lib/validation/form";
import { useActionForm } from "@/components/ui/use-action";
import { UserText } from "@/components/ui/user-text";
import { createShareLinkAction } from "@/app/(app)/app/settings/sharing/actions";
import { NAME_MAX } from "@/lib/validation/limits";

type Created = { token: string; therapistName: string; expiresAt: string };

/** Create a therapist link. The raw link lives only in this component's state, shown once. */
export function CreateShareLinkForm() {
  const { state, pending, onSubmit, fieldErrors: errors, formError } = useActionForm(createShareLinkAction);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const created = state?.ok ? state.data : null;
  return (
    <div className="space-y-6">
      {created && created.token !== dismissed && <CreatedLink created={created} onDone={() => setDismissed(created.token)} />}
      {/* A fresh key after each new link puts the fields back to their defaults. */}
      <form key={created?.token ?? "new"} onSubmit={onSubmit} noValidate className="space-y-5">
        <FormError message={formError} />
        <ShareLinkFields errors={errors} />
        {/* Asked for when the password was last entered more than 10 minutes ago. */}
        {errors.password && (
          <InputField
            label="Your password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            errors={errors.password}
          />
        )}
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create link"}
        </Button>
      </form>
    </div>
  );
}

/** Controlled, so a rejected submission keeps what was typed. */
function ShareLinkFields({ errors }: { errors: FieldErrors }) {
  const [name, setName] = useState("");
  // Nothing is ticked at first: what a therapist reads is the couple's choice, section by section.
  const [scope, setScope] = useState<string[]>([]);
  const [days, setDays] = useState(String(SHARE_DEFAULT_DAYS));
  return (
    <>
      <InputField
        label="Therapist's name"
        hint="So you both know whose link this is, for example “Dr. Rivera”."
        name="therapistName"
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={NAME_MAX}
        autoComplete="off"
        required
        errors={errors.therapistName}
      />
      <fieldset className="space-y-2" aria-describedby={errors.scope?.length ? "share-scope-error" : undefined}>
        <legend className="text-sm font-medium">What the link shows</legend>
        <div className="grid gap-2">
          {SHARE_SECTIONS.map((section) => (
            <label
              key={section}
              className="flex cursor-pointer gap-3 rounded-lg border border-line bg-white px-3 py-2.5 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="checkbox"
                name="scope"
                value={section}
                checked={scope.includes(section)}
                onChange={(e) => setScope((s) => (e.target.checked ? [...s, section] : s.filter((x) => x !== section)))}
                className="mt-1 size-4 shrink-0 accent-brand-700"
              />
              <span>
                <span className="block text-sm font-medium">{SHARE_SECTION_LABELS[section].label}</span>
                <span className="block text-sm text-muted">{SHARE_SECTION_LABELS[section].hint}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.scope?.[0] && (
          <p id="share-scope-error" role="alert" className="text-sm font-medium text-red-800">
            {errors.scope[0]}
          </p>
        )}
      </fieldset>
      <FieldShell
        label="Days the link works"
        hint={`Up to ${SHARE_MAX_DAYS} days. Either of you can switch it off sooner, at any time.`}
        errors={errors.expiryDays}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="expiryDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={SHARE_MAX_DAYS}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={cn(inputClass, "max-w-32")}
          />
        )}
      </FieldShell>
    </>
  );
}

function CreatedLink({ created, onDone }: { created: Created; onDone: () => void }) {
  const url = `${window.location.origin}/share/${created.token}`;
  return (
    <section
      ref={(el) => el?.focus()}
      tabIndex={-1}
      aria-labelledby="new-share-link-heading"
      className="space-y-3 rounded-xl border border-brand-600/40 bg-brand-50 p-4 focus:outline-none"
    >
      <h3 id="new-share-link-heading" className="font-semibold">
        Link ready for <UserText>{created.therapistName}</UserText>
      </h3>
      <CopyField label={`Link for ${created.therapistName}`} value={url} />
      <p className="text-sm text-muted">
        Copy it now and send it to <UserText>{created.therapistName}</UserText> privately. For your safety, Mend shows the full link only
        this once. It works until <LocalTime iso={created.expiresAt} format="date" />; if it goes astray, switch it off below and create a
        new one.
      </p>
      <Button variant="secondary" onClick={onDone}>
        I've copied it
      </Button>
    </section>
  );
}
