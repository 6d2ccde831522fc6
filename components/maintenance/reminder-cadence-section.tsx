import Link from "next/link";
import { Card } from "@/components/ui/card";
import { CadenceForm } from "@/components/maintenance/cadence-form";
import type { CheckInPrefs } from "@/lib/server/check-ins/prefs";

/** How often the caller's check-in reminders come in maintenance. */
export function ReminderCadenceSection({ inMaintenance, prefs }: { inMaintenance: boolean; prefs: CheckInPrefs }) {
  return (
    <section aria-labelledby="cadence-heading" className="space-y-3">
      <h2 id="cadence-heading" className="font-serif text-2xl font-semibold">
        Check-in reminders
      </h2>
      <p className="max-w-prose text-sm text-muted">
        {inMaintenance
          ? "In maintenance, reminders to check in can come less often. Choose what suits you; once a week is where everyone starts."
          : "Until you are in maintenance, reminders come every day. You can choose now how often they come afterwards; once a week is where everyone starts."}{" "}
        If a stage is reopened, reminders come every day again for two weeks, for both of you.
      </p>
      {!prefs.reminderEmail && (
        <p className="max-w-prose text-sm" data-testid="reminders-off">
          Reminder emails are off for you. You can switch them on in{" "}
          <Link href="/app/settings#check-ins" className="text-brand-700 underline">
            your check-in settings
          </Link>
          .
        </p>
      )}
      <Card className="p-4 sm:p-5">
        <CadenceForm cadence={prefs.reminderCadence} />
      </Card>
    </section>
  );
}
