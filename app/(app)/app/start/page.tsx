import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { checkInDefaults } from "@/lib/check-ins/form-defaults";
import { StepButtons, StepHeading } from "@/components/onboarding/step-buttons";
import { ExpectStep } from "@/components/onboarding/expect-step";
import { AboutStep } from "@/components/onboarding/about-step";
import { SafetyStep } from "@/components/onboarding/safety-step";
import { InviteStep, PartnerJoined } from "@/components/onboarding/invite-step";
import { CheckInStep } from "@/components/onboarding/check-in-step";
import { requirePartner, type PartnerContext } from "@/lib/server/access";
import { onboardingOf } from "@/lib/server/onboarding/state";
import { getCouple } from "@/lib/server/couples/couple";
import { openInvite } from "@/lib/server/couples/invites";
import { safetyCheckStatus } from "@/lib/server/safety/read";
import { myToday } from "@/lib/server/check-ins/read";
import { nextStep, previousStep, stepsOf, STEP_TITLES, type Flow, type Step } from "@/lib/onboarding/steps";

export const metadata: Metadata = { title: "Setting up" };

/**
 * Setting up, one step at a time (issue 22 §2). The step is stored on the partner's membership, so
 * leaving and coming back opens the same step. Each step uses the real form of its feature.
 */
export default async function StartPage() {
  const ctx = await requirePartner();
  const state = await onboardingOf(ctx);
  if (state.done) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="font-serif text-3xl font-semibold">You've finished setting up</h1>
        <p className="text-muted">
          Everything it covered stays within reach: your side and the kind of breach in settings, the safety check on its own page, and the
          daily check-in from the journey.
        </p>
        <ButtonLink href="/app">Open your journey</ButtonLink>
      </div>
    );
  }
  const { flow, step, index, total } = state;
  const body = await stepBody(ctx, flow, step);
  const next = nextStep(flow, step) ?? "done";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-3">
        <p className="text-sm font-medium text-brand-700" id="setup-progress">
          Setting up · Step {index + 1} of {total}
        </p>
        <ol aria-labelledby="setup-progress" className="flex gap-1.5">
          {stepsOf(flow).map((s, i) => (
            <li
              key={s}
              aria-current={s === step ? "step" : undefined}
              className={`h-1.5 flex-1 rounded-full ${i <= index ? "bg-brand-600" : "bg-line"}`}
            >
              <span className="sr-only">
                {STEP_TITLES[s]}
                {i < index ? " (passed)" : ""}
              </span>
            </li>
          ))}
        </ol>
        <StepHeading step={step}>{STEP_TITLES[step]}</StepHeading>
      </div>
      {body.content}
      <StepButtons
        next={next}
        back={previousStep(flow, step)}
        label={body.done ? (next === "done" ? "Finish" : "Continue") : "Skip for now"}
        secondary={!body.done}
      />
    </div>
  );
}

type StepBody = { content: React.ReactNode; done: boolean };

async function stepBody(ctx: PartnerContext, flow: Flow, step: Step): Promise<StepBody> {
  switch (step) {
    case "expect":
      return { content: <ExpectStep flow={flow} />, done: true };
    case "about": {
      const couple = await getCouple(ctx);
      return {
        done: couple.me.side !== "unsaid" || couple.breach !== null,
        content: <AboutStep flow={flow} me={couple.me} breach={couple.breach} />,
      };
    }
    case "safety": {
      const { latest } = await safetyCheckStatus(ctx);
      return { done: Boolean(latest), content: <SafetyStep takenAt={latest?.takenAt ?? null} /> };
    }
    case "invite": {
      const [couple, invite] = await Promise.all([getCouple(ctx), openInvite(ctx)]);
      if (couple.partner) return { done: true, content: <PartnerJoined partnerName={couple.partner.name} /> };
      return {
        done: Boolean(invite),
        content: <InviteStep openInvite={invite ? { expiresAt: invite.expiresAt.toISOString() } : null} />,
      };
    }
    case "check-in": {
      const day = await myToday(ctx);
      return { done: Boolean(day.checkIn), content: <CheckInStep date={day.date} defaults={checkInDefaults(day.checkIn)} /> };
    }
  }
}
