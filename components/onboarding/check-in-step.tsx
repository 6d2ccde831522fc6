import { Card } from "@/components/ui/card";
import { CheckInForm, type CheckInDefaults } from "@/components/check-ins/check-in-form";

/** The first daily check-in, in the real check-in form. */
export function CheckInStep({ date, defaults }: { date: string; defaults: CheckInDefaults }) {
  return (
    <>
      <p className="text-muted">
        Three quick answers, once a day: trust, closeness and mood, with a note if you like. Over the weeks they draw your trust timeline.
        There is no right score, and a low day is information, not failure.
      </p>
      <Card>
        <CheckInForm key={date} date={date} which="today" showDays={false} defaults={defaults} />
      </Card>
    </>
  );
}
