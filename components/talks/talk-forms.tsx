"use client";

import { JointPausedNote, useJointPaused } from "@/components/safety/joint-work";
import { withJointWork } from "@/components/safety/with-joint-work";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { useActionButton, useActionForm } from "@/components/ui/use-action";
import { useClearingForm } from "@/components/ui/use-clearing-form";
import { Button } from "@/components/ui/button";
import { FieldShell, FormError, InlineError, InputField, SubmitRow, TextareaField, inputClass } from "@/components/ui/field";
import { RadioCardsFieldset } from "@/components/ui/radio-cards";
import { VisibilityField } from "@/components/entries/visibility-field";
import type { Visibility } from "@/lib/entries/labels";
import {
  acceptTalkAction,
  addFollowUpAction,
  cancelTalkAction,
  convertFollowUpAction,
  rescheduleTalkAction,
  saveTalkNoteAction,
  scheduleTalkAction,
  startTalkAction,
  stopTalkRepeatAction,
} from "@/app/(app)/app/talks/actions";
import { FOLLOW_UP_MAX, TALK_MINUTES, TALK_NOTE_MAX, TOPIC_MAX } from "@/lib/validation/talk-options";
import { CADENCES, CADENCE_LABELS } from "@/lib/validation/commitment-options";

const subscribe = () => () => {};
/** The browser's own zone (UTC while rendering on the server; swapped in after hydration). */
export function useBrowserZone() {
  return useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "UTC",
  );
}

function WhenFields({ errors, minutesDefault }: { errors: Record<string, string[] | undefined>; minutesDefault?: number }) {
  const zone = useBrowserZone();
  return (
    <>
      <input type="hidden" name="timeZone" value={zone} />
      <div className="grid gap-3 sm:grid-cols-3">
        <InputField label="Day" name="date" type="date" required errors={errors.date} />
        <InputField label="Time" name="time" type="time" required errors={errors.time} />
        <InputField
          label="Length in minutes"
          name="minutes"
          type="number"
          inputMode="numeric"
          min={TALK_MINUTES.min}
          max={TALK_MINUTES.max}
          defaultValue={minutesDefault ?? TALK_MINUTES.default}
          errors={errors.minutes}
        />
      </div>
      <p className="text-sm text-muted" data-testid="zone-hint">
        Times are on your clock ({zone.replaceAll("_", " ")}); your partner sees them on theirs.
      </p>
      {errors.timeZone?.[0] && <InlineError message={errors.timeZone[0]} />}
    </>
  );
}

type ScheduleProps = {
  topics: string[];
  /** The attachment-injury talk is proposed by the partner who was hurt (they speak first). */ mayNameAHurt: boolean;
  /** Preselected from a link (the maintenance page opens the form on a "state of us"). */
  initialTemplate?: "" | "state-of-us";
  /** How often a "state of us" repeats unless the proposer changes it: every week, or every two weeks. */
  initialRepeat?: 7 | 14;
};

const REPEAT_OPTIONS = [
  { value: "0", label: "Doesn't repeat" },
  { value: "7", label: "Every week" },
  { value: "14", label: "Every two weeks" },
] as const;

function ScheduleTalkFormControls({ topics, mayNameAHurt, initialTemplate = "", initialRepeat = 7 }: ScheduleProps) {
  const [template, setTemplate] = useState<string>(initialTemplate);
  const {
    formRef,
    pending,
    onSubmit,
    fieldErrors: errors,
    formError,
    saved,
    onEdit,
  } = useClearingForm<{ id: string }>(scheduleTalkAction, { onSuccess: () => setTemplate(initialTemplate) });
  return (
    <form ref={formRef} onSubmit={onSubmit} onChange={onEdit} className="space-y-4" data-testid="schedule-form">
      <FormError message={formError} />
      <RadioCardsFieldset
        legend="Kind of talk"
        name="template"
        defaultValue={initialTemplate}
        errors={errors.template}
        onChange={(e) => {
          const input = e.target as unknown as HTMLInputElement;
          if (input.name === "template") setTemplate(input.value);
        }}
        options={[
          { value: "", label: "A talk about one topic" },
          { value: "state-of-us", label: "A regular “state of us”" },
          ...(mayNameAHurt ? [{ value: "attachment-injury", label: "Naming a hurt, and being comforted" }] : []),
        ]}
      />
      {template === "" ? (
        <FieldShell label="Topic" hint="Choose one from the list or write your own." errors={errors.topic}>
          {({ id, describedBy, invalid }) => (
            <>
              <input
                id={id}
                name="topic"
                list="talk-topics"
                maxLength={TOPIC_MAX}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={inputClass}
              />
              <datalist id="talk-topics">
                {topics.map((t) => (
                  <option key={t} value={t} />
                ))}
              </datalist>
            </>
          )}
        </FieldShell>
      ) : template === "attachment-injury" ? (
        <div className="space-y-2 rounded-lg bg-brand-50 p-3 text-sm" data-testid="attachment-injury-hint">
          <p>
            A guided talk for one deep hurt, after the way emotionally focused therapy works with what it calls an attachment injury. You
            name the hurt and what it meant, and your partner stays with it and responds. You ask for the comfort you need, and they offer
            it. Then you write a new account of it together.
          </p>
          <p>It can bring a lot up. Plan it for a calm time, with time afterwards, or hold it in a session with your therapist.</p>
        </div>
      ) : (
        <div className="space-y-3 rounded-lg bg-brand-50 p-3 text-sm" data-testid="state-of-us-hint">
          <p>
            A regular check on how you are both doing: appreciations, what went well, one issue, and what each of you needs until the next
            talk, in turns.
          </p>
          <RadioCardsFieldset
            legend="Does it repeat?"
            hint="When you end one, the next is planned at the same time on your clock. Either of you can stop it repeating."
            name="recurEveryDays"
            defaultValue={initialRepeat === 14 ? "14" : "7"}
            errors={errors.recurEveryDays}
            options={REPEAT_OPTIONS}
          />
        </div>
      )}
      <WhenFields errors={errors} />
      <SubmitRow
        pending={pending}
        label="Propose this talk"
        status={saved && "Proposed. Your partner can accept it or suggest another time."}
      />
    </form>
  );
}

export const ScheduleTalkForm = withJointWork(ScheduleTalkFormControls);

export function AnswerTalk({
  id,
  canAccept,
  canSuggest,
  minutes,
}: {
  id: string;
  canAccept: boolean;
  canSuggest: boolean;
  minutes: number;
}) {
  const [suggesting, setSuggesting] = useState(false);
  const paused = useJointPaused();
  const accept = useActionButton(acceptTalkAction);
  const cancel = useActionButton(cancelTalkAction);
  const {
    pending,
    onSubmit,
    fieldErrors: errors,
    formError,
  } = useActionForm<unknown>(rescheduleTalkAction, {
    onSuccess: () => setSuggesting(false),
  });
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {paused && <JointPausedNote />}
        {canAccept && !paused && (
          <Button disabled={accept.pending} onClick={() => accept.run({ id })}>
            Accept this time
          </Button>
        )}
        {canSuggest && !paused && (
          <Button variant="secondary" aria-expanded={suggesting} onClick={() => setSuggesting((s) => !s)}>
            Suggest another time
          </Button>
        )}
        <Button variant="ghost" disabled={cancel.pending} onClick={() => cancel.run({ id })}>
          Call it off
        </Button>
      </div>
      <InlineError message={accept.error ?? cancel.error} />
      {suggesting && !paused && (
        <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-line p-3" data-testid="suggest-form">
          <input type="hidden" name="id" value={id} />
          <FormError message={formError ?? errors.id?.[0]} />
          <WhenFields errors={errors} minutesDefault={minutes} />
          <Button type="submit" disabled={pending}>
            Suggest this time
          </Button>
        </form>
      )}
    </div>
  );
}

/** Either partner stops a "state of us" from repeating; this one stays planned. Open during a pause of joint work. */
export function StopRepeatButton({ id }: { id: string }) {
  const { pending, run, error } = useActionButton(stopTalkRepeatAction);
  return (
    <div>
      <Button variant="ghost" disabled={pending} onClick={() => run({ id })}>
        Stop repeating
      </Button>
      <InlineError message={error} />
    </div>
  );
}

function StartTalkButtonControls({ id }: { id: string }) {
  const router = useRouter();
  const { pending, run, error } = useActionButton(startTalkAction, { onSuccess: () => router.push(`/app/talks/${id}`) });
  return (
    <div>
      <Button disabled={pending} onClick={() => run({ id })}>
        Start the talk
      </Button>
      <InlineError message={error} />
    </div>
  );
}

export const StartTalkButton = withJointWork(StartTalkButtonControls);

/** While a talk is live, the page follows the other partner's clicks every few seconds. */
export function LiveRefresh({ seconds = 5 }: { seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}

export function TalkNoteForm({ id, text, visibility }: { id: string; text: string; visibility: Visibility }) {
  const { pending, onSubmit, fieldErrors: errors, formError, saved, onEdit } = useActionForm<unknown>(saveTalkNoteAction);
  return (
    <form onSubmit={onSubmit} onChange={onEdit} className="space-y-3" data-testid="talk-note-form">
      <input type="hidden" name="id" value={id} />
      <FormError message={formError ?? errors.id?.[0]} />
      <TextareaField
        label="My notes"
        name="text"
        hint="What you heard, what you felt, what you want to remember."
        defaultValue={text}
        maxLength={TALK_NOTE_MAX}
        errors={errors.text}
      />
      <VisibilityField defaultValue={visibility} errors={errors.visibility} />
      <SubmitRow pending={pending} label="Save my notes" status={saved && "Saved."} />
    </form>
  );
}

function FollowUpFormControls({ id }: { id: string }) {
  const { formRef, pending, onSubmit, fieldErrors: errors, formError } = useClearingForm<unknown>(addFollowUpAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" data-testid="follow-up-form">
      <input type="hidden" name="id" value={id} />
      <FormError message={formError ?? errors.id?.[0]} />
      <InputField label="Something we agreed to do" name="text" maxLength={FOLLOW_UP_MAX} errors={errors.text} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Add follow-up
      </Button>
    </form>
  );
}

export const FollowUpForm = withJointWork(FollowUpFormControls);

function ConvertFollowUpControls({ id }: { id: string }) {
  const zone = useBrowserZone();
  const [cadence, setCadence] = useState<string>("as-needed");
  const { pending, run, error } = useActionButton(convertFollowUpAction);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`cadence-${id}`}>
        How often the commitment applies
      </label>
      <select id={`cadence-${id}`} value={cadence} onChange={(e) => setCadence(e.target.value)} className={`${inputClass} w-auto`}>
        {CADENCES.map((c) => (
          <option key={c} value={c}>
            {CADENCE_LABELS[c]}
          </option>
        ))}
      </select>
      <Button variant="secondary" disabled={pending} onClick={() => run({ id, into: "commitment", cadence, timeZone: zone })}>
        Make it my commitment
      </Button>
      <Button variant="ghost" disabled={pending} onClick={() => run({ id, into: "agreement", timeZone: zone })}>
        Propose as an agreement
      </Button>
      <InlineError message={error} className="w-full" />
    </div>
  );
}

export const ConvertFollowUp = withJointWork(ConvertFollowUpControls);
