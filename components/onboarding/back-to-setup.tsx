import { ButtonLink } from "@/components/ui/button";
import type { PartnerContext } from "@/lib/server/access";
import { onboardingOf } from "@/lib/server/onboarding/state";
import type { Step } from "@/lib/onboarding/steps";

/** On a feature's own page that setting up sent the partner to: the way back to the step they came from. */
export async function BackToSetup({ ctx, step }: { ctx: PartnerContext; step: Step }) {
  const state = await onboardingOf(ctx);
  if (state.done || state.step !== step) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-xl border border-line bg-white p-3 text-sm" data-testid="back-to-setup">
      <p>
        You're setting up: step {state.index + 1} of {state.total}.
      </p>
      <ButtonLink variant="secondary" href="/app/start">
        Back to setting up
      </ButtonLink>
    </div>
  );
}
