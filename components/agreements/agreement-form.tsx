"use client";

import { JointWork } from "@/components/safety/joint-work";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { FieldShell, FormError, InputField, TextareaField, inputClass } from "@/components/ui/field";
import { UserText } from "@/components/ui/user-text";
import { amendAgreementAction, proposeAgreementAction } from "@/app/(app)/app/agreements/actions";
import {
  AGREEMENT_CATEGORIES,
  AGREEMENT_MESSAGES,
  AGREEMENT_SCOPE_MAX,
  AGREEMENT_TEXT_MAX,
  AGREEMENT_TITLE_MAX,
  CATEGORY_LABELS,
  type AgreementCategory,
} from "@/lib/validation/agreement-options";

export type DraftValues = { title: string; text: string; category: AgreementCategory; scope: string; reviewAt: string; endsAt: string };

/** The newest version as the page last rendered it: what a conflict shows. */
export type HeadVersion = { number: number; title: string; text: string; proposedByName: string };

type Props = {
  /** Amending: the agreement, its newest version and the values to start from. */
  amend?: { id: string; head: HeadVersion };
  initial?: Partial<DraftValues>;
  submitLabel: string;
  onDone?: () => void;
};

/**
 * Proposes an agreement, or an amendment/counter-proposal to one. An amendment carries the version
 * it was drafted from; if the partner saved a newer one meanwhile the server refuses it, the page
 * refreshes to show the newer text, and every word typed here stays.
 */
function AgreementFormControls({ amend, initial, submitLabel, onDone }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [basedOn, setBasedOn] = useState(amend?.head.number ?? 0);
  // The newer version the partner chose to build on after a conflict; cleared by the next save.
  const [builtOn, setBuiltOn] = useState<number | null>(null);
  const [category, setCategory] = useState<AgreementCategory>(initial?.category ?? "communication");
  const {
    pending,
    onSubmit: submit,
    fieldErrors: errors,
    formError,
  } = useActionForm<unknown>(amend ? amendAgreementAction : proposeAgreementAction, {
    onSuccess: () => {
      if (!amend) {
        formRef.current?.reset();
        setCategory("communication");
      }
      onDone?.();
    },
  });
  const conflictError = formError === AGREEMENT_MESSAGES.conflict;
  const conflict = conflictError && builtOn === null;
  // After a conflict the page is refreshed, so `amend.head` is the newer version.
  const newer = amend && amend.head.number > basedOn ? amend.head : null;
  useEffect(() => {
    if (conflict && !newer) router.refresh();
  }, [conflict, newer, router]);
  const onSubmit: typeof submit = (event) => {
    setBuiltOn(null);
    return submit(event);
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" data-testid="agreement-form">
      {amend && <input type="hidden" name="id" value={amend.id} />}
      {amend && <input type="hidden" name="basedOn" value={basedOn} />}
      {conflict ? (
        <div role="alert" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="conflict">
          <p className="font-semibold">{AGREEMENT_MESSAGES.conflict}</p>
          {newer && (
            <>
              {/* The one thing to press: saving again on the old version would only repeat this. */}
              <p data-testid="conflict-next">
                Read their version {newer.number} below. To still propose your change, press “Build on version {newer.number} instead”, then
                save.
              </p>
              <div className="rounded-md border border-amber-200 bg-white p-3">
                <p className="text-xs text-muted">
                  Version {newer.number}, by <UserText>{newer.proposedByName}</UserText>
                </p>
                <p className="mt-1 font-semibold break-words">
                  <UserText>{newer.title}</UserText>
                </p>
                <p className="mt-1 whitespace-pre-wrap break-words" data-testid="newer-text">
                  {newer.text}
                </p>
              </div>
              <Button
                variant="secondary"
                onClick={() => {
                  setBasedOn(newer.number);
                  setBuiltOn(newer.number);
                }}
              >
                Build on version {newer.number} instead
              </Button>
            </>
          )}
        </div>
      ) : (
        <FormError message={conflictError ? undefined : formError} />
      )}
      {builtOn !== null && (
        <p className="text-sm text-muted" role="status" data-testid="conflict-resolved">
          Your change will now be proposed on top of version {builtOn}. Save when you're ready.
        </p>
      )}
      <InputField label="Title" name="title" defaultValue={initial?.title} maxLength={AGREEMENT_TITLE_MAX} errors={errors.title} required />
      <TextareaField
        label="The agreement"
        name="text"
        hint="Specific enough that you'd both read it the same way."
        defaultValue={initial?.text}
        maxLength={AGREEMENT_TEXT_MAX}
        errors={errors.text}
        required
      />
      <FieldShell label="Category" errors={errors.category}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            name="category"
            value={category}
            onChange={(e) => setCategory(e.target.value as AgreementCategory)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          >
            {AGREEMENT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      {category === "transparency" && (
        <TextareaField
          label="What exactly is shared"
          name="scope"
          hint="Name what is open and what stays private. Openness here is offered, never taken: Mend has no tracking or monitoring of any kind."
          defaultValue={initial?.scope}
          maxLength={AGREEMENT_SCOPE_MAX}
          errors={errors.scope}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          label="Review date (optional)"
          name="reviewAt"
          type="date"
          defaultValue={initial?.reviewAt}
          hint={category === "transparency" ? "A review or an end date is needed." : "When to look at it again together."}
          errors={errors.reviewAt}
        />
        <InputField label="End date (optional)" name="endsAt" type="date" defaultValue={initial?.endsAt} errors={errors.endsAt} />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** Joint work: a calm line in its place while joint exercises are paused. */
export function AgreementForm(props: Props) {
  return (
    <JointWork>
      <AgreementFormControls {...props} />
    </JointWork>
  );
}
