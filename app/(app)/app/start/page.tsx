import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { UserText } from "@/components/ui/user-text";
import { ProfileForm } from "@/components/couples/profile-form";
import { BreachForm } from "@/components/couples/breach-form";
import { InvitePanel } from "@/components/couples/invite-panel";
import { CheckInForm } from "@/components/check-ins/check-in-form";
import { checkInDefaults } from "@/lib/check-ins/form-defaults";
import { StepButtons, StepHeading } from "@/components/onboarding/step-buttons";
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
      return { content: <Expect flow={flow} />, done: true };
    case "about": {
      const couple = await getCouple(ctx);
      return {
        done: couple.me.side !== "unsaid" || couple.breach !== null,
        content: (
          <>
            <p className="text-muted">
              {flow === "create"
                ? "If you answered these when you made the workspace, your answers are here. Both are optional, and both stay open to change in settings."
                : "Two short questions. Both are optional, and both stay open to change in settings."}
            </p>
            <Card>
              <h2 className="mb-4 text-lg font-semibold">About you</h2>
              <ProfileForm name={couple.me.name} side={couple.me.side} />
            </Card>
            <Card>
              <h2 className="text-lg font-semibold">What happened</h2>
              <p className="mt-1 mb-4 text-sm text-muted">
                One choice for the workspace. It only decides which steps the stages show: a few, such as ending contact after an affair,
                fit one kind of breach. Both of you see it, and either of you can change it.
              </p>
              <BreachForm breach={couple.breach} />
            </Card>
            <p className="text-sm text-muted">Each card saves on its own: press its Save button before you go on.</p>
          </>
        ),
      };
    }
    case "safety": {
      const { latest } = await safetyCheckStatus(ctx);
      return {
        done: Boolean(latest),
        content: (
          <>
            <p>
              Before your first joint exercise, Mend asks each of you a few questions on your own, about fear, pressure and safety. It takes
              about a minute.
            </p>
            <p className="text-muted">
              Your answers are seen by you only. If an answer suggests that working together could be unsafe right now, Mend shows where to
              find support and, before anything is saved, asks whether to pause joint exercises. Your partner, and a therapist you shared a
              link with, would see that joint exercises are paused, not why; your partner may guess it was you, but never sees your answers.
              Skipping is fine too: joint exercises wait until you&apos;ve taken it.
            </p>
            {latest ? (
              <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm" data-testid="setup-safety-done">
                You took it <LocalTime iso={latest.takenAt.toISOString()} format="date" />. Thank you.{" "}
                <Link href="/app/safety" className="text-brand-700 underline">
                  See your result
                </Link>
              </p>
            ) : (
              <ButtonLink href="/app/safety">Take the safety check</ButtonLink>
            )}
          </>
        ),
      };
    }
    case "invite": {
      const [couple, invite] = await Promise.all([getCouple(ctx), openInvite(ctx)]);
      if (couple.partner) {
        return {
          done: true,
          content: (
            <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2">
              <UserText>{couple.partner.name}</UserText> has joined your workspace.
            </p>
          ),
        };
      }
      return {
        done: Boolean(invite),
        content: (
          <>
            <p className="text-muted">
              Mend is built for two: your partner joins with their own account, on their own device. What each of you keeps private stays
              private from the other.
            </p>
            <Card>
              <InvitePanel openInvite={invite ? { expiresAt: invite.expiresAt.toISOString() } : null} />
            </Card>
            <p className="text-sm text-muted">
              Not the right moment to ask? Skip this step. The invite stays in settings, and the journey reminds you of it.
            </p>
          </>
        ),
      };
    }
    case "check-in": {
      const day = await myToday(ctx);
      const c = day.checkIn;
      return {
        done: Boolean(c),
        content: (
          <>
            <p className="text-muted">
              Three quick answers, once a day: trust, closeness and mood, with a note if you like. Over the weeks they draw your trust
              timeline. There is no right score, and a low day is information, not failure.
            </p>
            <Card>
              <CheckInForm key={day.date} date={day.date} which="today" showDays={false} defaults={checkInDefaults(c)} />
            </Card>
          </>
        ),
      };
    }
  }
}

function Expect({ flow }: { flow: Flow }) {
  const steps = stepsOf(flow).filter((s) => s !== "expect");
  return (
    <div className="space-y-4">
      <p>
        {flow === "create"
          ? "Mend is a shared, private space for the two of you, after a breach of trust. It guides you through nine stages of rebuilding it."
          : "You've joined your partner's workspace. Mend guides the two of you through nine stages of rebuilding trust."}{" "}
        There is a suggested order, not a locked one, and no stage has a deadline. Recovery often takes a year or more, and hard days along
        the way are normal.
      </p>
      <p>
        Each of you has your own account. What you write stays private unless you choose to share it with your partner, or with a therapist
        through a read-only link.
      </p>
      <p className="text-muted">
        Mend is not therapy and not a crisis service. A couples therapist who works with breaches of trust can help in ways an app can't.
      </p>
      <div>
        <h2 className="font-semibold">Setting up takes a few minutes</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-muted">
          {steps.map((s) => (
            <li key={s}>{STEP_TITLES[s]}</li>
          ))}
        </ol>
        <p className="mt-2 text-sm text-muted">You can skip any step, or stop and come back later: Mend keeps your place.</p>
      </div>
    </div>
  );
}
