import "server-only";
import { db } from "@/lib/server/db";
import type { PartnerContext } from "@/lib/server/access";
import { ownMembership } from "@/lib/server/couples/own-membership";
import { ONBOARDING_DONE, onboardingValue, parseOnboarding, stepsOf, type Onboarding, type Step } from "@/lib/onboarding/steps";
import { refuse, type ActionResult } from "@/lib/validation/form";

// Where each partner is in setting up, stored on their own membership. Only its owner reads or
// moves it, so both functions take a PartnerContext: a therapist link never sees it.

const NOT_IN_WORKSPACE = "You're no longer part of this workspace.";

/** The caller's own place in setting up. */
export async function onboardingOf(ctx: PartnerContext): Promise<Onboarding> {
  // From the read that found the caller's couple, shared by the whole render.
  return parseOnboarding((await ownMembership(ctx))?.onboarding);
}

/**
 * Moves the caller to another step of their own flow, or finishes it. A step that isn't part of
 * their flow (the invite, for the partner who joined) is a field error; once finished, it stays so.
 */
export async function setOnboardingStep(ctx: PartnerContext, step: Step | typeof ONBOARDING_DONE): Promise<ActionResult> {
  return db.$transaction(async (tx): Promise<ActionResult> => {
    // The caller's own membership in the caller's couple: the owner is in the where of every query.
    const where = { userId: ctx.userId, coupleId: ctx.coupleId };
    const membership = await tx.membership.findFirst({ where, select: { onboarding: true } });
    if (!membership) return refuse(NOT_IN_WORKSPACE);
    const current = parseOnboarding(membership.onboarding);
    if (current.done) {
      if (step === ONBOARDING_DONE) return { ok: true, data: undefined };
      return refuse("You've already finished setting up. Everything it covered is in settings.");
    }
    if (step !== ONBOARDING_DONE && !stepsOf(current.flow).includes(step)) {
      return { ok: false, fieldErrors: { step: ["That step isn't part of your setting up."] } };
    }
    const value = step === ONBOARDING_DONE ? ONBOARDING_DONE : onboardingValue(current.flow, step);
    const { count } = await tx.membership.updateMany({ where, data: { onboarding: value } });
    if (count !== 1) return refuse(NOT_IN_WORKSPACE);
    return { ok: true, data: undefined };
  });
}
