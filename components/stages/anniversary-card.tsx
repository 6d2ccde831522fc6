"use client";

import { useOptimistic } from "react";
import { useActionButton, useActionForm } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { FieldShell, FormError, InlineError, SubmitRow, inputClass } from "@/components/ui/field";
import { setAnniversaryReminderAction, setDiscoveredOnAction } from "@/app/(app)/app/stages/actions";
import { formatDay } from "@/lib/intl";

export type AnniversaryCardProps = {
  /** The saved day of the discovery, YYYY-MM-DD, or null. */
  discoveredOn: string | null;
  /** The next anniversary and how many days away it is, in the reader's time zone. */
  next: { day: string; inDays: number; years: number } | null;
  remindMe: boolean;
  /** The latest day the date field accepts (today where the reader is). */
  today: string;
  mailEnabled: boolean;
};

const longDay = (day: string) => formatDay(day, { weekday: true });

function countdown(next: NonNullable<AnniversaryCardProps["next"]>): string {
  if (next.inDays === 0) return "It is today. Go gently with yourselves, and keep to the plan you made if it still fits.";
  const when = next.inDays === 1 ? "tomorrow" : `in ${next.inDays} days`;
  const soon = next.inDays <= 21 ? " If you haven't agreed how you want to spend it, now is a good time to talk." : "";
  return `The ${next.years === 1 ? "first" : "next"} anniversary is on ${longDay(next.day)}, ${when}.${soon}`;
}

/** Stage 3's anniversary plan: the couple's saved day and this partner's own reminder. */
export function AnniversaryCard({ discoveredOn, next, remindMe, today, mailEnabled }: AnniversaryCardProps) {
  const date = useActionForm(setDiscoveredOnAction);
  const remove = useActionButton(setDiscoveredOnAction);
  const reminder = useActionButton(setAnniversaryReminderAction);
  // Ticked at once; the page's next render (after the save) brings the stored value back.
  const [remindChecked, setRemindChecked] = useOptimistic(remindMe);
  return (
    <section
      id="anniversary"
      aria-labelledby="anniversary-heading"
      className="scroll-mt-24 space-y-4 rounded-2xl border border-line bg-white p-5 sm:p-8"
    >
      <div className="space-y-1">
        <h2 id="anniversary-heading" className="font-serif text-2xl font-semibold">
          The anniversary of the discovery
        </h2>
        <p className="max-w-prose text-sm text-muted">
          Saving the day is optional. Both of you see it here, and nobody else does: it is not on the therapist link.
        </p>
      </div>

      {discoveredOn && next ? (
        <p className="max-w-prose" data-testid="anniversary-countdown">
          {countdown(next)}
        </p>
      ) : (
        <p className="max-w-prose text-sm text-muted">No day saved. You can plan the day without saving it, too.</p>
      )}

      <form onSubmit={date.onSubmit} onChange={date.onEdit} className="space-y-3" key={discoveredOn ?? "none"}>
        <FormError message={date.formError} />
        <FieldShell label="The day it came to light" errors={date.fieldErrors.discoveredOn} className="max-w-xs">
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="date"
              name="discoveredOn"
              required
              max={today}
              defaultValue={discoveredOn ?? ""}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputClass}
            />
          )}
        </FieldShell>
        <SubmitRow
          pending={date.pending}
          label={date.pending ? "Saving…" : discoveredOn ? "Save the new day" : "Save the day"}
          status={date.saved && "Saved for both of you."}
        >
          {discoveredOn && (
            <Button variant="secondary" disabled={remove.pending} onClick={() => remove.run({ discoveredOn: "" })}>
              {remove.pending ? "Removing…" : "Remove the day"}
            </Button>
          )}
        </SubmitRow>
        <InlineError message={remove.error} />
      </form>

      {discoveredOn && (
        <div className="space-y-1 border-t border-line pt-4">
          <label className="flex items-start gap-3 text-sm">
            <input
              type="checkbox"
              checked={remindChecked}
              disabled={reminder.pending}
              onChange={(event) => {
                const remind = event.currentTarget.checked;
                reminder.run(remind ? { remind: "on" } : {}, () => setRemindChecked(remind));
              }}
              className="mt-1 size-4 accent-brand-700"
            />
            <span>
              <span className="font-medium">Email me a week before</span>
              <span className="block text-muted">
                Just for you; your partner chooses for themselves. The email only says it is a date you asked Mend to remember, in case
                someone else sees your inbox.
                {!mailEnabled && " Mail isn't set up on this server yet, so it would land in your dev outbox."}
              </span>
            </span>
          </label>
          <InlineError message={reminder.error} />
        </div>
      )}
    </section>
  );
}
