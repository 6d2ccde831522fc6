"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { Button, ButtonLink } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { useActionButton } from "@/components/ui/use-action";
import type { Step } from "@/lib/onboarding/steps";
import { setOnboardingStepAction } from "@/app/(app)/app/start/actions";

type Target = Step | "done";

/**
 * The buttons under every step: the way on (Continue, or Skip for now while the step's task is
 * undone), the way back, and Skip the rest (to the dashboard, where a card offers to resume).
 */
export function StepButtons({
  next,
  back,
  label,
  secondary,
}: {
  /** Where the main button leads: the next step, or "done" after the last. */
  next: Target;
  back: Step | null;
  label: string;
  /** A plain, secondary main button (Skip for now) instead of the primary one. */
  secondary?: boolean;
}) {
  const router = useRouter();
  const move = useActionButton(setOnboardingStepAction, {
    onSuccess: () => {
      // After the last step the dashboard is next; otherwise the page re-renders at the new step.
      if (next === "done") router.push("/app");
    },
  });
  const goBack = useActionButton(setOnboardingStepAction);
  const pending = move.pending || goBack.pending;
  return (
    <div className="space-y-3 border-t border-line pt-5">
      <InlineError message={move.error ?? goBack.error} />
      <div className="flex flex-wrap items-center gap-3">
        <Button variant={secondary ? "secondary" : "primary"} disabled={pending} onClick={() => move.run({ step: next })}>
          {move.pending ? "One moment…" : label}
        </Button>
        {back && (
          <Button variant="ghost" disabled={pending} onClick={() => goBack.run({ step: back })}>
            Back
          </Button>
        )}
        <ButtonLink variant="ghost" href="/app" className="sm:ml-auto">
          Skip the rest
        </ButtonLink>
      </div>
    </div>
  );
}

/** The step's heading: takes focus when the step changes, so a keyboard or screen reader starts at the new step. */
export function StepHeading({ step, children }: { step: Step; children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [step]);
  return (
    <h1 ref={ref} tabIndex={-1} className="font-serif text-3xl font-semibold outline-none">
      {children}
    </h1>
  );
}

/** "Hide this" on the dashboard's card: finishes setting up, so the card stays away. */
export function HideSetupButton() {
  const hide = useActionButton(setOnboardingStepAction);
  return (
    <>
      <Button variant="ghost" disabled={hide.pending} onClick={() => hide.run({ step: "done" })}>
        {hide.pending ? "Hiding…" : "Hide this"}
      </Button>
      <InlineError message={hide.error} />
    </>
  );
}
