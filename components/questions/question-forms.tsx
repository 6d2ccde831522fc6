"use client";

import { JointWork } from "@/components/safety/joint-work";
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useActionButton, useActionForm } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { FormError, InlineError, TextareaField } from "@/components/ui/field";
import { answerQuestionAction, askQuestionAction, holdQuestionAction } from "@/app/(app)/app/questions/actions";
import { ANSWER_MAX, QUESTION_MAX } from "@/lib/validation/question-options";

function AskQuestionFormControls({ repeatOf, starters }: { repeatOf?: { id: string; text: string }; starters: string[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const { pending, onSubmit, fieldErrors, formError } = useActionForm<unknown>(askQuestionAction, {
    onSuccess: () => {
      formRef.current?.reset();
      if (repeatOf) router.replace("/app/questions");
    },
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" data-testid="ask-form">
      {repeatOf && <input type="hidden" name="repeatOf" value={repeatOf.id} />}
      <FormError message={formError ?? fieldErrors.repeatOf?.[0]} />
      {repeatOf && (
        <p className="rounded-lg bg-brand-50 p-3 text-sm">
          Asking again: <span className="italic">“{repeatOf.text}”</span>. The earlier question and its answer stay linked.
        </p>
      )}
      <TextareaField
        label="Your question"
        name="text"
        hint={`Some ways to begin: ${starters.join(" · ")}`}
        maxLength={QUESTION_MAX}
        defaultValue={repeatOf?.text}
        errors={fieldErrors.text}
        className="[&_textarea]:min-h-20"
      />
      <Button type="submit" disabled={pending}>
        {repeatOf ? "Ask again" : "Add to the Q&A"}
      </Button>
    </form>
  );
}

/** Joint work: a calm line in its place while joint exercises are paused. */
export function AskQuestionForm(props: { repeatOf?: { id: string; text: string }; starters: string[] }) {
  return (
    <JointWork>
      <AskQuestionFormControls {...props} />
    </JointWork>
  );
}

function AnswerFormControls({ id, seen, current }: { id: string; seen: number; current?: string }) {
  const [revising, setRevising] = useState(false);
  const { pending, onSubmit, fieldErrors, formError } = useActionForm<unknown>(answerQuestionAction, {
    onSuccess: () => setRevising(false),
  });
  if (seen > 0 && !revising)
    return (
      <Button variant="secondary" onClick={() => setRevising(true)}>
        Revise my answer
      </Button>
    );
  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid="answer-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="seen" value={seen} />
      <FormError message={formError ?? fieldErrors.id?.[0] ?? fieldErrors.seen?.[0]} />
      <TextareaField
        label={seen === 0 ? "Your answer" : "Your revised answer"}
        name="text"
        hint={seen === 0 ? "Honest and kind; answer the question that was asked." : "The earlier version stays visible to both of you."}
        maxLength={ANSWER_MAX}
        defaultValue={current}
        errors={fieldErrors.text}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {seen === 0 ? "Save my answer" : "Save the revision"}
        </Button>
        {seen > 0 && (
          <Button variant="ghost" onClick={() => setRevising(false)}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

/** Joint work: a calm line in its place while joint exercises are paused. */
export function AnswerForm(props: { id: string; seen: number; current?: string }) {
  return (
    <JointWork>
      <AnswerFormControls {...props} />
    </JointWork>
  );
}

export function HoldButton({ id, held }: { id: string; held: boolean }) {
  const { pending, run, error } = useActionButton(holdQuestionAction);
  return (
    <div>
      <Button variant={held ? "secondary" : "ghost"} disabled={pending} onClick={() => run({ id, hold: String(!held) })}>
        {held ? "Bring back to the Q&A" : "Hold for a therapy session"}
      </Button>
      <InlineError message={error} />
    </div>
  );
}
