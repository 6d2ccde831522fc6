"use client";

import { JointWork } from "@/components/safety/joint-work";
import { useRef, useState } from "react";
import { useActionForm } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { FieldShell, FormError, SubmitRow, inputClass } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { VisibilityField } from "@/components/entries/visibility-field";
import { AccountabilityHighlighter } from "@/components/stages/accountability-highlighter";
import type { KindForm } from "@/lib/entries/kinds";
import type { Visibility } from "@/lib/entries/labels";
import { ENTRY_MAX_CHARS } from "@/lib/request-limits.mjs";
import { createEntryAction, updateEntryAction } from "@/app/(app)/app/stages/actions";

type Props = {
  /** The kind's fields and rules, from the server (kindForm in lib/entries/kinds). */
  form: KindForm;
  stageSlug: string;
  exerciseKey?: string | null;
  defaultVisibility: Visibility;
  /** Present when editing: the entry id and its current values. */
  editing?: { id: string; values: Record<string, string> };
  submitLabel?: string;
  onDone?: () => void;
  /** Values of the hidden fields of a new entry (which letter a reply answers). */
  presets?: Record<string, string>;
};

/** The form itself: exercise answers and the stage tools alike. */
function EntryFormFields({ form, stageSlug, exerciseKey, defaultVisibility, editing, submitLabel, onDone, presets }: Props) {
  // A kind only its author reads (onlyMe) offers no choice of who sees it: the note at the top says so.
  const { kind, fields, highlight, onlyMe, note } = form;
  const [values, setValues] = useState<Record<string, string>>(editing?.values ?? {});
  const formRef = useRef<HTMLFormElement>(null);
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: errors,
    formError,
  } = useActionForm<unknown>(editing ? updateEntryAction : createEntryAction, {
    // Only a saved entry clears the form; on errors every word stays where it was.
    onSuccess: () => {
      if (!editing) {
        formRef.current?.reset();
        setValues({});
      }
      onDone?.();
    },
  });

  // Errors about the answers as a whole are shown once, under the first box.
  const errorFor = (name: string) => errors[name] ?? (name === "answer-0" ? errors.answers : undefined);
  const hidden = fields.filter((f) => f.type === "hidden");
  const shown = fields.filter((f) => f.type !== "hidden");
  // A hidden field has no box to show its error beside: it is said at the top, like a form error.
  const hiddenError = hidden.map((f) => errors[f.name]?.[0]).find(Boolean);

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="stageSlug" value={stageSlug} />
      <input type="hidden" name="exerciseKey" value={exerciseKey ?? ""} />
      {editing && <input type="hidden" name="id" value={editing.id} />}
      {hidden.map((f) => (
        <input key={f.name} type="hidden" name={f.name} value={editing?.values[f.name] ?? presets?.[f.name] ?? ""} />
      ))}
      <FormError message={formError ?? hiddenError ?? (onlyMe ? errors.visibility?.[0] : undefined)} />
      {note && (
        <p className="rounded-lg bg-brand-50 p-3 text-sm" data-testid="kind-note">
          {note}
        </p>
      )}
      {shown.map((f) => (
        <FieldShell key={f.name} label={f.label} hint={f.hint} errors={errorFor(f.name)}>
          {({ id, describedBy, invalid }) => {
            const common = {
              id,
              name: f.name,
              "aria-describedby": describedBy,
              "aria-invalid": invalid || undefined,
              defaultValue: editing?.values[f.name] ?? "",
            };
            if (f.type === "textarea") {
              return (
                <>
                  <textarea
                    {...common}
                    required={f.required}
                    maxLength={f.maxLength ?? ENTRY_MAX_CHARS}
                    rows={4}
                    className={cn(inputClass, "min-h-28")}
                    onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
                  />
                  {highlight && <AccountabilityHighlighter text={values[f.name] ?? ""} />}
                </>
              );
            }
            if (f.type === "select") {
              return (
                <select {...common} className={inputClass}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              );
            }
            return <input {...common} type={f.type} required={f.required} maxLength={f.maxLength} className={inputClass} />;
          }}
        </FieldShell>
      ))}
      {onlyMe ? (
        <input type="hidden" name="visibility" value="private" />
      ) : (
        <VisibilityField defaultValue={(editing?.values.visibility as Visibility) ?? defaultVisibility} errors={errors.visibility} />
      )}
      <SubmitRow pending={pending} label={pending ? "Saving…" : (submitLabel ?? "Save")} status={state?.ok && !editing && "Saved."}>
        {editing && onDone && (
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </SubmitRow>
    </form>
  );
}

/**
 * One form for every kind of entry. Writing or editing joint work (a kind such as shared homework,
 * or an exercise the stage marks joint) shows a calm line instead while joint exercises are paused.
 */
export function EntryForm({ joint = false, ...props }: Props & { joint?: boolean }) {
  return (
    <JointWork when={joint || props.form.joint}>
      <EntryFormFields {...props} />
    </JointWork>
  );
}
