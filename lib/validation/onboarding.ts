import { z } from "zod";
import { FLOWS, ONBOARDING_DONE, type Step } from "@/lib/onboarding/steps";

const STEPS = [...new Set<Step>([...FLOWS.create, ...FLOWS.join])] as [Step, ...Step[]];

/** Move to a step of your setup, or finish it ("done"). Whether the step is in your flow is checked on the server. */
export const setOnboardingStepSchema = z.object({
  step: z.enum([...STEPS, ONBOARDING_DONE], { error: "Choose a step of setting up." }),
});
