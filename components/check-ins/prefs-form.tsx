"use client";

import { useSyncExternalStore } from "react";
import { useActionForm } from "@/components/ui/use-action";
import { FieldShell, FormError, SubmitRow, inputClass } from "@/components/ui/field";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { updateCheckInPrefsAction } from "@/app/(app)/app/check-in/actions";

const subscribe = () => () => {};
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => `${String(h).padStart(2, "0")}:00`;

export type PrefsFormProps = {
  timeZone: string;
  zoneStored: boolean;
  scoresPrivate: boolean;
  reminderEmail: boolean;
  reminderHour: number;
  zones: string[];
  mailEnabled: boolean;
};

export function CheckInPrefsForm(props: PrefsFormProps) {
  const browserZone = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "",
  );
  const { state, pending, onSubmit, fieldErrors: errors, formError } = useActionForm(updateCheckInPrefsAction);
  const initialZone = props.zoneStored ? props.timeZone : browserZone || props.timeZone;
  return (
    <form onSubmit={onSubmit} className="space-y-5" key={initialZone}>
      <FormError message={formError} />
      <FieldShell
        label="Your time zone"
        hint={`Check-ins count for the day it is where you are.${browserZone && browserZone !== props.timeZone ? ` This browser is set to ${browserZone}.` : ""}`}
        errors={errors.timeZone}
      >
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            name="timeZone"
            defaultValue={initialZone}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          >
            {props.zones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <CheckboxField name="scoresPrivate" value="true" defaultChecked={props.scoresPrivate} label="Keep my scores private for now">
        Your partner (and any therapist link) then sees only that you checked in, not your numbers.
      </CheckboxField>
      <CheckboxField
        name="reminderEmail"
        value="true"
        defaultChecked={props.reminderEmail}
        label="Email me a reminder on days I haven't checked in"
      >
        A short, neutral email with no names or scores in it, and a link to stop them.
        {!props.mailEnabled && " Mail isn't set up on this server yet, so reminders land in your dev outbox."}
      </CheckboxField>
      <FieldShell label="Remind me from" hint="Your local time." errors={errors.reminderHour} className="max-w-48">
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            name="reminderHour"
            defaultValue={String(props.reminderHour)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          >
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {hourLabel(h)}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <SubmitRow pending={pending} label={pending ? "Saving…" : "Save check-in settings"} status={state?.ok && "Saved."} />
    </form>
  );
}
