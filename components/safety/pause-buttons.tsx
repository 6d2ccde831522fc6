"use client";

import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { useActionButton } from "@/components/ui/use-action";
import { pauseJointAction, resumeJointAction } from "@/app/(app)/app/safety/actions";

export function PauseJointButton() {
  const { pending, run, error } = useActionButton(pauseJointAction);
  return (
    <>
      <Button variant="secondary" disabled={pending} onClick={() => run()}>
        Pause joint exercises
      </Button>
      <InlineError className="mt-2" message={error} />
    </>
  );
}

export function ResumeJointButton() {
  const { pending, run, error } = useActionButton(resumeJointAction);
  return (
    <>
      <Button variant="secondary" disabled={pending} onClick={() => run()}>
        Lift my pause
      </Button>
      <InlineError className="mt-2" message={error} />
    </>
  );
}
