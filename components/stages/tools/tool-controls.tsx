"use client";

import { JointWork } from "@/components/safety/joint-work";
import { useOptimistic } from "react";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { useActionButton } from "@/components/ui/use-action";
import { UserText } from "@/components/ui/user-text";
import type { Visibility } from "@/lib/entries/labels";
import { createEntryAction, setActivityStatusAction, setGoalStepDoneAction, setHomeworkDoneAction } from "@/app/(app)/app/stages/actions";

/** The goal's author ticks off steps. */
export function GoalSteps({ id, steps }: { id: string; steps: { text: string; done: boolean }[] }) {
  const { run, error } = useActionButton(setGoalStepDoneAction);
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
              run({ id, step: String(i), done: String(done) }, () => setShown({ i, done }));
            }}
          />
          <UserText>{s.text}</UserText>
        </label>
      ))}
      <InlineError message={error} />
    </fieldset>
  );
}

/** Either partner ticks shared homework. */
function HomeworkCheckControls({ id, done, label }: { id: string; done: boolean; label: string }) {
  const { run, error } = useActionButton(setHomeworkDoneAction);
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
            run({ id, done: String(next) }, () => setShown(next));
          }}
        />
        {shown ? `Done: ${label}` : `Mark done: ${label}`}
      </label>
      <InlineError message={error} />
    </>
  );
}

/** Joint work: a calm line in its place while joint exercises are paused. */
export function HomeworkCheck(props: { id: string; done: boolean; label: string }) {
  return (
    <JointWork>
      <HomeworkCheckControls {...props} />
    </JointWork>
  );
}

/** Moves an activity along: idea → planned → done (the author's own items). */
function ActivityStatusControls({ id, status }: { id: string; status: string }) {
  const { pending, run, error } = useActionButton(setActivityStatusAction);
  const next = status === "idea" ? "planned" : status === "planned" ? "done" : null;
  if (!next) return null;
  const move = () => run({ id, status: next });
  return (
    <>
      <Button variant="secondary" disabled={pending} onClick={move}>
        {next === "planned" ? "Mark as planned" : "We did it"}
      </Button>
      <InlineError message={error} />
    </>
  );
}

/** Joint work: a calm line in its place while joint exercises are paused. */
export function ActivityStatus(props: { id: string; status: string }) {
  return (
    <JointWork>
      <ActivityStatusControls {...props} />
    </JointWork>
  );
}

/** The activity kind's own visibility comes from the server (KINDS.activity), so its schema stays there. */
type AddIdeaProps = { stageSlug: string; title: string; visibility: Visibility };

/** Adds one of the starter ideas to the couple's own list. */
function AddIdeaButtonControls({ stageSlug, title, visibility }: AddIdeaProps) {
  const { pending, run, error } = useActionButton(createEntryAction);
  const add = () => run({ kind: "activity", stageSlug, exerciseKey: "", title, status: "idea", plannedFor: "", visibility });
  return (
    <span className="flex flex-col items-end">
      <Button
        variant="ghost"
        className="min-h-9 px-2 py-1 text-xs"
        disabled={pending}
        onClick={add}
        aria-label={`Add “${title}” to our list`}
      >
        + Add
      </Button>
      <InlineError message={error} />
    </span>
  );
}

/** Joint work: a calm line in its place while joint exercises are paused. */
export function AddIdeaButton(props: AddIdeaProps) {
  return (
    <JointWork>
      <AddIdeaButtonControls {...props} />
    </JointWork>
  );
}
