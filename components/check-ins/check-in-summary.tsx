import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { Legend, TimelineSummary } from "@/components/check-ins/timeline-view";
import { TrustChart } from "@/components/check-ins/trust-chart";
import type { Timeline } from "@/lib/check-ins/timeline";

/** "How are you today?" with the in-app nudge, and a small trust chart: the dashboard and stage 3. */
export function CheckInSummary({
  checkedInToday,
  timeline,
  headingLevel = 2,
}: {
  checkedInToday: boolean;
  timeline: Timeline;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <Card className="space-y-4 p-4 sm:p-5" data-testid="check-in-summary">
      <div>
        <H className="font-semibold">How are you today?</H>
        {checkedInToday ? (
          <p className="mt-1 text-sm text-muted">You've checked in today. You can still change it until the day is over.</p>
        ) : (
          <p className="mt-1 text-sm" role="note" data-testid="check-in-nudge">
            You haven't checked in today. It takes under a minute.
          </p>
        )}
        <ButtonLink className="mt-3 w-full" variant={checkedInToday ? "secondary" : "primary"} href="/app/check-in">
          {checkedInToday ? "Change today's check-in" : "Check in now"}
        </ButtonLink>
      </div>
      <div className="space-y-3 border-t border-line pt-4">
        <TimelineSummary data={timeline} />
        <Legend data={timeline} />
        <TrustChart timeline={timeline} metric="trust" title={`Trust, last ${timeline.weeks} weeks`} id={`summary-trust-${headingLevel}`} />
        <ButtonLink variant="ghost" className="-ml-4" href="/app/timeline">
          Open the trust timeline
        </ButtonLink>
      </div>
    </Card>
  );
}
