import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { HideSetupButton } from "@/components/onboarding/step-buttons";
import type { PartnerContext } from "@/lib/server/access";
import { onboardingOf } from "@/lib/server/onboarding/state";
import { STEP_TITLES } from "@/lib/onboarding/steps";

/**
 * "Finish setting up (step 3 of 5)" on the dashboard while a partner's setting up is unfinished:
 * one link back to the step they left, and a way to hide it for good. Renders nothing once done.
 */
export async function ResumeCard({ ctx }: { ctx: PartnerContext }) {
  const state = await onboardingOf(ctx);
  if (state.done) return null;
  return (
    <Card className="p-4 sm:p-5" data-testid="resume-setup">
      <section aria-labelledby="resume-setup-heading">
        <h2 id="resume-setup-heading" className="font-semibold">
          Finish setting up (step {state.index + 1} of {state.total})
        </h2>
        <p className="mt-1 text-sm text-muted">
          Next: {STEP_TITLES[state.step].toLowerCase()}. It takes a few minutes, and you can skip any step.
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <ButtonLink href="/app/start">Continue setting up</ButtonLink>
          <HideSetupButton />
        </div>
      </section>
    </Card>
  );
}
