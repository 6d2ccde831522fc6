"use client";

import { useOptimistic, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { createEntryAction, setGoalStepDoneAction, setHomeworkDoneAction, updateEntryAction } from "@/app/(app)/app/stages/actions";

/** The goal's author ticks off steps. */
export function GoalSteps({ id, steps }: { id: string; steps: { text: string; done: boolean }[] }) {
  const [, start] = useTransition();
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
              start(async () => {
                setShown({ i, done });
                await setGoalStepDoneAction(id, i, done);
              });
            }}
          />
          {s.text}
        </label>
      ))}
    </fieldset>
  );
}

/** Either partner ticks shared homework. */
export function HomeworkCheck({ id, done, label }: { id: string; done: boolean; label: string }) {
  const [, start] = useTransition();
  const [shown, setShown] = useOptimistic(done);
  return (
    <label className="flex min-h-9 items-center gap-2 text-sm">
      <input
        type="checkbox"
        className="size-4 accent-brand-700"
        checked={shown}
        onChange={(e) => {
          const next = e.target.checked;
          start(async () => {
            setShown(next);
            await setHomeworkDoneAction(id, next);
          });
        }}
      />
      {shown ? `Done: ${label}` : `Mark done: ${label}`}
    </label>
  );
}

/** Moves an activity along: idea → planned → done (the author's own items). */
export function ActivityStatus({ id, title, status, plannedFor, visibility }: { id: string; title: string; status: string; plannedFor: string; visibility: string }) {
  const [pending, start] = useTransition();
  const next = status === "idea" ? "planned" : status === "planned" ? "done" : null;
  if (!next) return null;
  const move = () =>
    start(async () => {
      const form = new FormData();
      Object.entries({ id, title, status: next, plannedFor, visibility }).forEach(([k, v]) => form.set(k, v));
      await updateEntryAction(null, form);
    });
  return (
    <Button variant="secondary" disabled={pending} onClick={move}>
      {next === "planned" ? "Mark as planned" : "We did it"}
    </Button>
  );
}

/** Adds one of the starter ideas to the couple's own list. */
export function AddIdeaButton({ stageSlug, title }: { stageSlug: string; title: string }) {
  const [pending, start] = useTransition();
  const add = () =>
    start(async () => {
      const form = new FormData();
      Object.entries({ kind: "activity", stageSlug, exerciseKey: "", title, status: "idea", plannedFor: "", visibility: "partner" }).forEach(([k, v]) =>
        form.set(k, v),
      );
      await createEntryAction(null, form);
    });
  return (
    <Button variant="ghost" className="min-h-9 px-2 py-1 text-xs" disabled={pending} onClick={add} aria-label={`Add “${title}” to our list`}>
      + Add
    </Button>
  );
}
