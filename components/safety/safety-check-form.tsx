"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button, ButtonLink } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action";
import { CrisisLines } from "@/components/safety/support-lines";
import { takeSafetyCheckAction } from "@/app/(app)/app/safety/actions";
import type { SupportRegion } from "@/lib/content/resources";

export type SafetyQuestionView = { key: string; text: string; hint?: string; options: { key: string; label: string }[] };

export function SafetyCheckForm({
  questions,
  crisisLines,
}: {
  questions: readonly SafetyQuestionView[];
  crisisLines: readonly SupportRegion[];
}) {
  const router = useRouter();
  // Set when the server answered that these answers would pause joint work: nothing is saved until
  // the person chooses to pause, and the choice is shown instead of the save button.
  const [choice, setChoice] = useState<{ crisis: boolean } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { onSubmit, pending, fieldErrors, formError } = useActionForm(takeSafetyCheckAction, {
    onSuccess: (data) => {
      if (!data.saved) return setChoice({ crisis: data.crisis });
      // The result shows above; a blank form below reads as "take it again", not as unsaved answers.
      setChoice(null);
      formRef.current?.reset();
      router.push("/app/safety?result=saved");
    },
  });
  // A question answered since the last try no longer shows its "choose an answer" message.
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        setAnswered(new Set());
        onSubmit(event);
      }}
      className="space-y-5"
      noValidate
    >
      {questions.map((q, i) => {
        const error = answered.has(q.key) ? undefined : fieldErrors[q.key]?.[0];
        const errorId = `safety-${q.key}-error`;
        const hintId = `safety-${q.key}-hint`;
        const describedBy = [q.hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined;
        return (
          <fieldset key={q.key} aria-describedby={describedBy} className="rounded-xl border border-line bg-white p-4">
            {/* Floated, so a long question wraps inside the box instead of sitting on its border. */}
            <legend className="float-left w-full text-sm font-medium">
              <span className="sr-only">Question {i + 1}: </span>
              {q.text}
            </legend>
            {q.hint && (
              <p id={hintId} className="clear-left pt-1 text-sm text-muted">
                {q.hint}
              </p>
            )}
            <div className="clear-left flex flex-wrap gap-2 pt-2">
              {q.options.map((a) => (
                <label
                  key={a.key}
                  className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name={q.key}
                    value={a.key}
                    className="accent-brand-700"
                    onChange={() => {
                      setAnswered((prev) => new Set(prev).add(q.key));
                      // Changed answers are judged afresh on the next save.
                      setChoice(null);
                    }}
                  />
                  {a.label}
                </label>
              ))}
            </div>
            {error && (
              <p id={errorId} role="alert" className="mt-2 text-sm font-medium text-red-800">
                {error}
              </p>
            )}
          </fieldset>
        );
      })}
      <FormError message={formError} />
      {choice ? (
        <div className="space-y-4" data-testid="pause-choice">
          {choice.crisis && <CrisisLines regions={crisisLines} />}
          <div role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm">
            <h3 className="text-base font-semibold">Before you save: these answers pause joint exercises</h3>
            <p className="mt-2">
              Saving them pauses joint exercises for both of you. Your partner will see that joint exercises are paused, and so will a
              therapist you shared a link with. They won&apos;t see your answers or the reason, but since your partner didn&apos;t pause
              them, they will probably know it was you.
            </p>
            <p className="mt-2">
              You can pause now, or read the support resources first without pausing. If you read them first, nothing is saved, and you can
              come back to this check whenever you are ready.
            </p>
            <div className="mt-4 flex flex-wrap gap-3">
              <Button type="submit" name="intent" value="pause" disabled={pending}>
                {pending ? "Saving…" : "Pause joint exercises now"}
              </Button>
              <ButtonLink href="/app/safety/resources" variant="secondary">
                Read the resources first, without pausing
              </ButtonLink>
            </div>
          </div>
        </div>
      ) : (
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save my answers"}
        </Button>
      )}
    </form>
  );
}
