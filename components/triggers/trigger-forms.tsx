"use client";

import { withJointWork } from "@/components/safety/with-joint-work";
import { useState } from "react";
import { useActionForm } from "@/components/ui/use-action";
import { useClearingForm } from "@/components/ui/use-clearing-form";
import { Button } from "@/components/ui/button";
import { TimeZoneInput } from "@/components/ui/time-zone-input";
import { FormError, InputField, SubmitRow, TextareaField } from "@/components/ui/field";
import { RadioCardsFieldset } from "@/components/ui/radio-cards";
import { VisibilityField } from "@/components/entries/visibility-field";
import { logTriggerAction, replyToTriggerAction, saveTriggerPlanAction } from "@/app/(app)/app/triggers/actions";
import {
  INTENSITIES,
  INTENSITY_LABELS,
  TRIGGER_NOTE_MAX,
  TRIGGER_PLAN_MAX,
  TRIGGER_REPLY_MAX,
  TRIGGER_WHAT_MAX,
} from "@/lib/validation/trigger-options";

export function LogTriggerForm() {
  const { formRef, pending, onSubmit, fieldErrors: errors, formError, saved, onEdit } = useClearingForm<unknown>(logTriggerAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} onChange={onEdit} className="space-y-4" data-testid="trigger-form">
      <TimeZoneInput errors={errors.timeZone} />
      <FormError message={formError} />
      <InputField
        label="What happened"
        name="what"
        hint="A few words: a song in the shop, a late reply, a name. Your partner sees this and how strong it was."
        maxLength={TRIGGER_WHAT_MAX}
        errors={errors.what}
      />
      <RadioCardsFieldset
        legend="How strong was it?"
        name="intensity"
        defaultValue="3"
        errors={errors.intensity}
        options={INTENSITIES.map((i) => ({ value: String(i), label: INTENSITY_LABELS[i]! }))}
      />
      <TextareaField
        label="A note (optional)"
        name="note"
        hint="Anything else about it. Private unless you choose otherwise below."
        maxLength={TRIGGER_NOTE_MAX}
        errors={errors.note}
        className="[&_textarea]:min-h-20"
      />
      <VisibilityField name="noteVisibility" defaultValue="private" errors={errors.noteVisibility} />
      <SubmitRow pending={pending} label="Log this trigger" status={saved && "Logged. Be gentle with yourself for a while."} />
    </form>
  );
}

function ReplyFormControls({ id, prompts }: { id: string; prompts: string[] }) {
  const [text, setText] = useState("");
  const {
    pending,
    onSubmit,
    fieldErrors: errors,
    formError,
  } = useActionForm<unknown>(replyToTriggerAction, {
    onSuccess: () => setText(""),
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid="reply-form">
      <input type="hidden" name="id" value={id} />
      <FormError message={formError ?? errors.id?.[0]} />
      <fieldset>
        <legend className="text-sm font-medium">Start from one of these, or write your own</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {prompts.map((p) => (
            <button
              key={p}
              type="button"
              onClick={() => setText(p)}
              aria-pressed={text === p}
              className="min-h-11 rounded-lg border border-line bg-white px-3 py-2 text-left text-sm hover:bg-brand-50 aria-pressed:border-brand-600 aria-pressed:bg-brand-50"
            >
              {p}
            </button>
          ))}
        </div>
      </fieldset>
      <TextareaField
        label="Your reply"
        name="text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={TRIGGER_REPLY_MAX}
        errors={errors.text}
        className="[&_textarea]:min-h-16"
      />
      <Button type="submit" disabled={pending}>
        Send my reply
      </Button>
    </form>
  );
}

export const ReplyForm = withJointWork(ReplyFormControls);

const PLAN_FIELDS = [
  { name: "helpsMe", label: "When it comes back, what helps me" },
  { name: "iWill", label: "What I will do" },
] as const;

export function TriggerPlanForm(plan: { helpsMe: string; iWill: string }) {
  const { pending, onSubmit, fieldErrors: errors, formError, saved, onEdit } = useActionForm<unknown>(saveTriggerPlanAction);
  return (
    <form onSubmit={onSubmit} onChange={onEdit} className="space-y-3" data-testid="plan-form">
      <FormError message={formError} />
      {PLAN_FIELDS.map(({ name, label }) => (
        <TextareaField
          key={name}
          label={label}
          name={name}
          defaultValue={plan[name]}
          maxLength={TRIGGER_PLAN_MAX}
          errors={errors[name]}
          className="[&_textarea]:min-h-20"
        />
      ))}
      <SubmitRow pending={pending} label="Save my plan" status={saved && "Saved."} />
    </form>
  );
}
