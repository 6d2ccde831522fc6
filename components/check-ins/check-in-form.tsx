"use client";

import { useState, useSyncExternalStore } from "react";
import Link from "next/link";
import { useActionForm } from "@/components/ui/use-action";
import { FormError, InlineError, SubmitRow, TextareaField } from "@/components/ui/field";
import { RadioCardsFieldset } from "@/components/ui/radio-cards";
import { VisibilityField } from "@/components/entries/visibility-field";
import type { Visibility } from "@/lib/entries/labels";
import { MOODS, MOOD_LABELS, NOTE_MAX, type Mood } from "@/lib/validation/check-in-options";
import { saveCheckInAction } from "@/app/(app)/app/check-in/actions";

const subscribe = () => () => {};
const SCORES = Array.from({ length: 11 }, (_, i) => String(i));

export type CheckInDefaults = {
  trust: number;
  closeness: number;
  mood: Mood;
  note: string;
  noteVisibility: Visibility;
  revision: number;
} | null;

function ScoreField({
  name,
  legend,
  hint,
  defaultValue,
  errors,
}: {
  name: string;
  legend: string;
  hint: string;
  defaultValue?: number;
  errors?: string[];
}) {
  return (
    <fieldset aria-describedby={`${name}-hint`}>
      <legend className="text-sm font-medium">{legend}</legend>
      <p id={`${name}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      <div className="mt-2 grid grid-cols-6 gap-1.5 sm:flex sm:flex-wrap">
        {SCORES.map((v) => (
          <label
            key={v}
            className="flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-lg border border-line bg-white text-sm font-medium tabular-nums has-[:checked]:border-brand-600 has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600"
          >
            <input type="radio" name={name} value={v} defaultChecked={defaultValue === Number(v)} className="sr-only" />
            <span aria-hidden>{v}</span>
            <span className="sr-only">{`${v} out of 10`}</span>
          </label>
        ))}
      </div>
      {errors?.[0] && (
        <p role="alert" className="mt-1 text-sm font-medium text-red-800">
          {errors[0]}
        </p>
      )}
    </fieldset>
  );
}

/** The two scores of a day, each from 0 to 10. */
const SCORE_QUESTIONS = [
  { name: "trust", legend: "Trust today", hint: "0 is none at all, 10 is as much as you can imagine." },
  { name: "closeness", legend: "Closeness today", hint: "How connected you feel, whatever the trust." },
] as const;

const DAYS = [
  { which: "today", label: "Today", href: "/app/check-in" },
  { which: "yesterday", label: "Yesterday", href: "/app/check-in?day=yesterday" },
] as const;

/** What a save did, by its outcome (lib/server/check-ins/write.ts), for the day the form is about. */
function savedWords(outcome: "created" | "updated" | "replaced", which: "today" | "yesterday"): string {
  const day = which === "today" ? "today's" : "yesterday's";
  if (outcome === "created") return "Saved. Thank you for checking in.";
  // There is one check-in a day: a second save changes it, and says so, rather than adding another.
  if (outcome === "updated") return `Saved. You updated ${day} check-in; there is still one for the day.`;
  return `Saved. This replaced ${day} check-in, saved a moment earlier somewhere else (another tab or device).`;
}

/**
 * The check-in for one day. Switching between today and yesterday is a link: the page loads that
 * day's stored values (and its revision), so a late check-in never shows or overwrites today's.
 */
export function CheckInForm({
  date,
  which,
  defaults,
  showDays = true,
}: {
  date: string;
  which: "today" | "yesterday";
  defaults: CheckInDefaults;
  /** The today/yesterday links lead to the check-in page: left out where the form sits elsewhere (setting up). */
  showDays?: boolean;
}) {
  const browserZone = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "",
  );
  const [revision, setRevision] = useState(defaults?.revision ?? 0);
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: errors,
    formError,
  } = useActionForm(saveCheckInAction, {
    onSuccess: (data) => setRevision(data.revision),
  });
  const saved = state?.ok ? state.data : null;
  const dayError = errors.localDate?.[0] && (
    <p role="alert" className="mt-1 text-sm font-medium text-red-800">
      {errors.localDate[0]}
    </p>
  );
  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <FormError message={formError} />
      <input type="hidden" name="timeZone" value={browserZone} />
      {errors.timeZone?.[0] && <InlineError message={errors.timeZone[0]} />}
      <input type="hidden" name="seenRevision" value={String(revision)} />
      <input type="hidden" name="localDate" value={date} />
      {showDays ? (
        <nav aria-label="Which day is this for?">
          <p className="text-sm font-medium">Which day is this for?</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {DAYS.map((d) => (
              <li key={d.which}>
                <Link
                  href={d.href}
                  replace
                  scroll={false}
                  aria-current={d.which === which ? "page" : undefined}
                  className="flex min-h-11 items-center rounded-lg border border-line bg-white px-4 py-2 text-sm aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium"
                >
                  {d.label}
                </Link>
              </li>
            ))}
          </ul>
          {dayError}
        </nav>
      ) : (
        dayError
      )}
      {SCORE_QUESTIONS.map((q) => (
        <ScoreField key={q.name} {...q} defaultValue={defaults?.[q.name]} errors={errors[q.name]} />
      ))}
      <RadioCardsFieldset
        legend="Mood"
        name="mood"
        defaultValue={defaults?.mood ?? ("" as Mood)}
        errors={errors.mood}
        options={MOODS.map((m) => ({ value: m, label: MOOD_LABELS[m] }))}
      />
      <TextareaField
        label="A note (optional)"
        hint="Only you see it unless you choose otherwise below."
        name="note"
        defaultValue={defaults?.note ?? ""}
        maxLength={NOTE_MAX}
        errors={errors.note}
      />
      <VisibilityField name="noteVisibility" defaultValue={defaults?.noteVisibility ?? "private"} errors={errors.noteVisibility} />
      <SubmitRow
        pending={pending}
        label={pending ? "Saving…" : defaults || saved ? "Save changes" : "Save check-in"}
        status={saved && savedWords(saved.outcome, which)}
        statusTestId="check-in-status"
      />
    </form>
  );
}
