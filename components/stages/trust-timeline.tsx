import { CheckInSummary } from "@/components/check-ins/check-in-summary";
import type { Timeline } from "@/lib/check-ins/timeline";

/** Stage 3's trust timeline: today's check-in and the couple's recent weeks. */
export function TrustTimeline({ checkedInToday, timeline }: { checkedInToday: boolean; timeline: Timeline }) {
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <h2 id="timeline-heading" className="font-serif text-2xl font-semibold">
        Your trust timeline
      </h2>
      <CheckInSummary checkedInToday={checkedInToday} timeline={timeline} headingLevel={3} />
    </section>
  );
}
