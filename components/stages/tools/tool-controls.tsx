"use client";

import { useOptimistic, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { KINDS } from "@/lib/entries/kinds";
import { createEntryAction, setActivityStatusAction, setGoalStepDoneAction, setHomeworkDoneAction } from "@/app/(app)/app/stages/actions";

/** Runs a tool action and keeps its error message, so a failed tick or add is never silent. */
function useToolAction() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  function run(action: () => Promise<{ ok: boolean; formError?: string }>, before?: () => void) {
    start(async () => {
      setError(undefined);
      before?.();
      try {
        const result = await action();
        if (!result.ok) setError(result.formError ?? "That didn't save. Please try again.");
      } catch {
        setError("That didn't save. Check your connection and try again.");
      }
    });
  }
  const message = error ? (
    <p role="alert" className="text-sm text-red-800">
      {error}
    </p>
  ) : null;
  return { pending, run, message };
}

/** The goal's author ticks off steps. */
export function GoalSteps({ id, steps }: { id: string; steps: { text: string; done: boolean }[] }) {
  const { run, message } = useToolAction();
  const [shown, setShown] = useOptimistic(steps, (current, change: { i: number; done: boolean }) =>
    current.map((s, i) => (i === change.i ? { ...s, done: change.done } : s)),
  );
  if (steps.length === 0) return null;
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">Tick off steps</legend>
      {shown.map((s, i) => (
        <label key={i} className="flex min-h-9 items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 accent-brand-700"
            checked={s.done}
            onChange={(e) => {
              const done = e.target.checked;
              run(() => setGoalStepDoneAction(id, i, done), () => setShown({ i, done }));
            }}
          />
          {s.text}
        </label>
      ))}
      {message}
    </fieldset>
  );
}

/** Either partner ticks shared homework. */
export function HomeworkCheck({ id, done, label }: { id: string; done: boolean; label: string }) {
  const { run, message } = useToolAction();
  const [shown, setShown] = useOptimistic(done);
  return (
    <>
    <label className="flex min-h-9 items-center gap-2 text-sm">
      <input
        type="checkbox"
        className="size-4 accent-brand-700"
        checked={shown}
        onChange={(e) => {
          const next = e.target.checked;
          run(() => setHomeworkDoneAction(id, next), () => setShown(next));
        }}
      />
      {shown ? `Done: ${label}` : `Mark done: ${label}`}
    </label>
    {message}
    </>
  );
}

/** Moves an activity along: idea → planned → done (the author's own items). */
export function ActivityStatus({ id, status }: { id: string; status: string }) {
  const { pending, run, message } = useToolAction();
  const next = status === "idea" ? "planned" : status === "planned" ? "done" : null;
  if (!next) return null;
  const move = () => run(() => setActivityStatusAction(id, next));
  return (
    <>
      <Button variant="secondary" disabled={pending} onClick={move}>
        {next === "planned" ? "Mark as planned" : "We did it"}
      </Button>
      {message}
    </>
  );
}

/** Adds one of the starter ideas to the couple's own list. */
export function AddIdeaButton({ stageSlug, title }: { stageSlug: string; title: string }) {
  const { pending, run, message } = useToolAction();
  const add = () =>
    run(() =>
      createEntryAction(null, formOf({ kind: KINDS.activity.kind, stageSlug, exerciseKey: "", title, status: "idea", plannedFor: "", visibility: KINDS.activity.defaultVisibility })),
    );
  return (
    <span className="flex flex-col items-end">
      <Button variant="ghost" className="min-h-9 px-2 py-1 text-xs" disabled={pending} onClick={add} aria-label={`Add “${title}” to our list`}>
        + Add
      </Button>
      {message}
    </span>
  );
}

function formOf(fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}
