// Setting up after sign-up (issue 22 §2). Client-safe: the flow page, the resume card and the server
// all read the steps from here.

/** The partner who made the workspace invites the other; the partner who joined by invite doesn't. */
export const FLOWS = {
  create: ["expect", "about", "safety", "invite", "check-in"],
  join: ["expect", "about", "safety", "check-in"],
} as const;
export type Flow = keyof typeof FLOWS;
export type Step = (typeof FLOWS)[Flow][number];

export const STEP_TITLES: Record<Step, string> = {
  expect: "What to expect",
  about: "You, and what happened",
  safety: "A private safety check",
  invite: "Invite your partner",
  "check-in": "Your first check-in",
};

/** Where a partner is: finished (or never started, for partners from before onboarding), or a step of a flow. */
export type Onboarding = { done: true } | { done: false; flow: Flow; step: Step; index: number; total: number };

export const ONBOARDING_DONE = "done";

/** The stored form ("create.safety"). */
export const onboardingValue = (flow: Flow, step: Step) => `${flow}.${step}`;

export function stepsOf(flow: Flow): readonly Step[] {
  return FLOWS[flow];
}

/** The stored value read back. Anything Mend doesn't know reads as finished, so nobody is stuck in a flow. */
export function parseOnboarding(value: string | null | undefined): Onboarding {
  const [flow, step, ...rest] = (value ?? ONBOARDING_DONE).split(".");
  if (rest.length > 0 || (flow !== "create" && flow !== "join")) return { done: true };
  const steps = stepsOf(flow);
  const index = steps.indexOf(step as Step);
  if (index < 0) return { done: true };
  return { done: false, flow, step: steps[index]!, index, total: steps.length };
}

/** The step after this one, or null after the last. */
export function nextStep(flow: Flow, step: Step): Step | null {
  const steps = stepsOf(flow);
  return steps[steps.indexOf(step) + 1] ?? null;
}

/** The step before this one, or null on the first. */
export function previousStep(flow: Flow, step: Step): Step | null {
  const steps = stepsOf(flow);
  const i = steps.indexOf(step);
  return i > 0 ? steps[i - 1]! : null;
}
