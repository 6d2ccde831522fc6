"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action";
import { takeSafetyCheckAction } from "@/app/(app)/app/safety/actions";
import { SAFETY_ANSWERS, SAFETY_ANSWER_LABELS } from "@/lib/validation/safety";

export function SafetyCheckForm({ questions }: { questions: readonly { key: string; text: string }[] }) {
  const router = useRouter();
  const { onSubmit, pending, fieldErrors, formError } = useActionForm(takeSafetyCheckAction, {
    onSuccess: (data) => router.push(data.flagged ? "/app/safety?result=support" : "/app/safety?result=clear"),
  });
  // A question answered since the last try no longer shows its "choose an answer" message.
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  return (
    <form
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
        return (
          <fieldset key={q.key} aria-describedby={error ? errorId : undefined} className="rounded-xl border border-line bg-white p-4">
            {/* Floated, so a long question wraps inside the box instead of sitting on its border. */}
            <legend className="float-left w-full text-sm font-medium">
              <span className="sr-only">Question {i + 1}: </span>
              {q.text}
            </legend>
            <div className="clear-left flex flex-wrap gap-2 pt-2">
              {SAFETY_ANSWERS.map((a) => (
                <label
                  key={a}
                  className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name={q.key}
                    value={a}
                    className="accent-brand-700"
                    onChange={() => setAnswered((prev) => new Set(prev).add(q.key))}
                  />
                  {SAFETY_ANSWER_LABELS[a]}
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
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save my answers"}
      </Button>
    </form>
  );
}
