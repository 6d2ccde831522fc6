import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { UserText } from "@/components/ui/user-text";
import type { Step } from "@/lib/today/next-step";

type Words = { title: React.ReactNode; detail: React.ReactNode; href: string; action: string };

const count = (n: number, one: string, many: string) => (n === 1 ? one : many.replace("#", String(n)));

/** Each step in words: what it is, one calm line, and where it goes. */
function words(step: Step): Words {
  switch (step.kind) {
    case "talk-now":
      return {
        title: step.live ? "Your talk is under way" : "Your talk starts soon",
        detail: (
          <>
            “<UserText>{step.topic}</UserText>”
            {!step.live && (
              <>
                , <LocalTime iso={step.startsAt.toISOString()} format="datetime" />
              </>
            )}
          </>
        ),
        href: `/app/talks/${step.talkId}`,
        action: step.live ? "Join the talk" : "Open the talk",
      };
    case "safety-check":
      return {
        title: "A private safety check",
        detail: step.first
          ? "Before your first joint exercise, please answer a few questions on your own. Your answers are seen by you only."
          : "It's been four weeks: please take the short safety check again. Your answers are seen by you only.",
        href: "/app/safety",
        action: "Take the safety check",
      };
    case "invite":
      return {
        title: "Invite your partner",
        detail: step.inviteOpen
          ? "Your invite is ready and waiting. Each of you signs in on your own device, and shares only what you choose."
          : "Mend is made for two: each of you signs in on your own device, and shares only what you choose.",
        href: "/app/settings#invite",
        action: step.inviteOpen ? "Manage the invite" : "Invite your partner",
      };
    case "check-in":
      return {
        title: "Today's check-in",
        detail: "A minute on how today feels: a few scores, and a note if you want one.",
        href: "/app/check-in",
        action: "Check in",
      };
    case "question":
      return {
        title: count(step.count, "A question is waiting for your answer", "# questions are waiting for your answer"),
        detail: "Take the time you need. An honest answer, even a short one, is part of the repair.",
        href: "/app/questions",
        action: "Open your questions",
      };
    case "agreement":
      return {
        title:
          step.why === "review" ? (
            <>
              Time to review “<UserText>{step.title}</UserText>”
            </>
          ) : (
            <>
              “<UserText>{step.title}</UserText>” is waiting for you
            </>
          ),
        detail:
          step.why === "proposal"
            ? "Your partner proposed a version of this agreement. Accept it, or suggest other words."
            : step.why === "retire"
              ? "Your partner asked to retire this agreement. Agree, or keep it as it is."
              : "It is due for review. Keep it as it is, propose a change, or propose retiring it.",
        href: `/app/agreements/${step.agreementId}`,
        action: "Open the agreement",
      };
    case "talk-answer":
      return {
        title: count(step.count, "A talk is waiting for your answer", "# talks are waiting for your answer"),
        detail: "Your partner suggested a time to talk. Accept it, or suggest another that suits you.",
        href: "/app/talks",
        action: "Open your talks",
      };
    case "trigger-reply":
      return {
        title: count(step.count, "Your partner logged a trigger this week", "Your partner logged # triggers this week"),
        detail: "A short reply lets them know you saw it. There is no need to fix anything.",
        href: "/app/triggers",
        action: "Open the trigger log",
      };
    case "exercise":
      return {
        title: step.exercise.title,
        detail: `The next exercise for you in stage ${step.stage.number}, ${step.stage.title}.`,
        href: `/app/stages/${step.stage.slug}#exercise-${step.exercise.key}`,
        action: "Open the exercise",
      };
    case "stage":
      return {
        title: `Stage ${step.stage.number}, ${step.stage.title}`,
        detail: "You have written something for each exercise here. Come back to it, and mark your part done when it feels right.",
        href: `/app/stages/${step.stage.slug}`,
        action: `Open stage ${step.stage.number}`,
      };
    case "rest":
      return {
        title: "Nothing is waiting for you today",
        detail: "Every stage you mark together is done. Come back to any of them whenever it helps.",
        href: "/app#journey-heading",
        action: "See the nine stages",
      };
  }
}

/** The home's lead: one next step for this partner, and what else waits, one tap each. */
export function NextStepCard({ steps }: { steps: [Step, ...Step[]] }) {
  const [first, ...rest] = steps;
  const lead = words(first);
  const more = rest.slice(0, 3).map(words);
  return (
    <section aria-labelledby="today-heading" data-testid="next-step" data-step={first.kind}>
      <h2 id="today-heading" className="mb-3 font-serif text-2xl font-semibold">
        Today
      </h2>
      <Card className="border-brand-600 p-4 sm:p-6" data-testid={first.kind === "safety-check" ? "safety-check-due" : undefined}>
        <p className="text-sm font-medium text-brand-700">Your next step</p>
        <h3 className="mt-1 font-serif text-xl font-semibold">{lead.title}</h3>
        <p className="mt-1 text-muted">{lead.detail}</p>
        <ButtonLink className="mt-4 w-full sm:w-auto" href={lead.href}>
          {lead.action}
        </ButtonLink>
      </Card>
      {more.length > 0 && (
        <div className="mt-3 text-sm">
          <p className="text-muted">Also waiting for you:</p>
          <ul className="mt-1 space-y-1" data-testid="also-waiting">
            {more.map((m) => (
              <li key={m.href}>
                <Link href={m.href} className="text-brand-700 underline">
                  {m.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
