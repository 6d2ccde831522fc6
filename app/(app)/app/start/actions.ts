"use server";

import { partnerAction } from "@/lib/server/actions";
import { setOnboardingStep } from "@/lib/server/onboarding/state";
import { setOnboardingStepSchema } from "@/lib/validation/onboarding";

/** Continue, skip, go back or finish: moves the caller's own setting up (the dashboard's card follows it). */
export const setOnboardingStepAction = partnerAction(setOnboardingStepSchema, (ctx, { step }) => setOnboardingStep(ctx, step), {
  revalidate: ["/app/start", "/app"],
});
