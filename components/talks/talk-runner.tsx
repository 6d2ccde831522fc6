"use client";

import { useActionButton } from "@/components/ui/use-action";
import { JointPausedNote, useJointPaused } from "@/components/safety/joint-work";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { UserText } from "@/components/ui/user-text";
import { endTalkAction, pauseTalkAction, stepTalkAction } from "@/app/(app)/app/talks/actions";
import type { TalkStep } from "@/lib/talks/steps";
import { PAUSE_MINUTES } from "@/lib/validation/talk-options";

type Person = { name: string; isMe: boolean };
type Turns = { speak: string; listen: string; reflect: string; close: string };

function speakHeading(speaker: Person, listener: Person) {
  if (speaker.isMe)
    return (
      <>
        You speak, <UserText>{listener.name}</UserText> listens
      </>
    );
  if (listener.isMe)
    return (
      <>
        <UserText>{speaker.name}</UserText> speaks, you listen
      </>
    );
  return (
    <>
      <UserText>{speaker.name}</UserText> speaks, <UserText>{listener.name}</UserText> listens
    </>
  );
}

/** The guided turns of a live talk: who speaks, who listens, the reflection step, pause and end. */
export function TalkRunner({
  id,
  step,
  steps,
  first,
  second,
  pausedAt,
  turns,
}: {
  id: string;
  step: number;
  steps: TalkStep[];
  first: Person;
  second: Person;
  pausedAt: string | null;
  turns: Turns;
}) {
  const jointPaused = useJointPaused();
  const move = useActionButton(stepTalkAction);
  const pause = useActionButton(pauseTalkAction);
  const end = useActionButton(endTalkAction);
  const current = steps[step] ?? steps.at(-1)!;
  const person = (role: "first" | "second") => (role === "first" ? first : second);
  const section = current.kind !== "close" ? current.section : undefined;
  const paused = pausedAt !== null;
  const backAt = pausedAt ? new Date(new Date(pausedAt).getTime() + PAUSE_MINUTES * 60_000).toISOString() : null;

  return (
    <section
      aria-labelledby="turn-heading"
      className="space-y-4 rounded-2xl border-2 border-brand-600/40 bg-white p-4 sm:p-6"
      data-testid="talk-runner"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-medium text-brand-700" data-testid="step-count">
          Step {step + 1} of {steps.length}
        </p>
        <div className="h-2 w-40 overflow-hidden rounded-full bg-brand-50" aria-hidden>
          <div className="h-full bg-brand-600" style={{ width: `${((step + 1) / steps.length) * 100}%` }} />
        </div>
      </div>

      {section && (
        <div className="rounded-lg bg-brand-50 p-3">
          <p className="font-semibold">{section.title}</p>
          <p className="mt-1 text-sm">{section.prompt}</p>
        </div>
      )}

      {current.kind === "speak" && (
        <div className="space-y-3">
          <h2 id="turn-heading" className="font-serif text-2xl font-semibold" aria-live="polite">
            {speakHeading(person(current.speaker), person(current.speaker === "first" ? "second" : "first"))}
          </h2>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div className="rounded-lg border border-line p-3">
              <dt className="font-semibold">Speaking</dt>
              <dd className="mt-1">{turns.speak}</dd>
            </div>
            <div className="rounded-lg border border-line p-3">
              <dt className="font-semibold">Listening</dt>
              <dd className="mt-1">{turns.listen}</dd>
            </div>
          </dl>
        </div>
      )}
      {current.kind === "reflect" && (
        <div className="space-y-3">
          <h2 id="turn-heading" className="font-serif text-2xl font-semibold" aria-live="polite">
            {person(current.listener).isMe ? (
              "You reflect back"
            ) : (
              <>
                <UserText>{person(current.listener).name}</UserText> reflects back
              </>
            )}
          </h2>
          <p className="rounded-lg border border-line p-3 text-sm">{turns.reflect}</p>
        </div>
      )}
      {current.kind === "together" && (
        <div className="space-y-3">
          <h2 id="turn-heading" className="font-serif text-2xl font-semibold" aria-live="polite">
            Both of you, together
          </h2>
          <p className="text-sm">Take turns and take your time. Nobody has to agree to a sentence that doesn't feel true.</p>
        </div>
      )}
      {current.kind === "close" && (
        <div className="space-y-3">
          <h2 id="turn-heading" className="font-serif text-2xl font-semibold" aria-live="polite">
            Closing
          </h2>
          <p className="text-sm">{turns.close}</p>
        </div>
      )}

      {paused && (
        <div role="status" className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">Paused. Take {PAUSE_MINUTES} minutes apart.</p>
          <p>
            Do something calming, not rehearsing what you'll say. Come back around {backAt && <LocalTime iso={backAt} format="datetime" />}{" "}
            and pick up at this step.
          </p>
        </div>
      )}

      {jointPaused && <JointPausedNote />}
      <div className="flex flex-wrap gap-2">
        {!jointPaused && (
          <Button
            variant="secondary"
            disabled={paused || step === 0 || move.pending}
            onClick={() => move.run({ id, from: String(step), to: String(step - 1) })}
          >
            Back
          </Button>
        )}
        {current.kind !== "close" ? (
          !jointPaused && (
            <Button disabled={paused || move.pending} onClick={() => move.run({ id, from: String(step), to: String(step + 1) })}>
              Next step
            </Button>
          )
        ) : (
          <Button disabled={end.pending} onClick={() => end.run({ id })}>
            End the talk
          </Button>
        )}
        {paused ? (
          <Button variant="secondary" disabled={pause.pending} onClick={() => pause.run({ id, pause: "false" })}>
            Resume the talk
          </Button>
        ) : (
          <Button variant="ghost" disabled={pause.pending} onClick={() => pause.run({ id, pause: "true" })}>
            Pause: it's getting heated
          </Button>
        )}
      </div>
      <InlineError message={move.error ?? pause.error ?? end.error} />
    </section>
  );
}
