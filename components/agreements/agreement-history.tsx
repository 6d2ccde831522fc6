import { AgreementTimeline } from "@/components/agreements/agreement-timeline";
import type { TimelineItem } from "@/lib/server/agreements/read";

/** Every version and every answer of one agreement, oldest first. */
export function AgreementHistory({ timeline, viewerId }: { timeline: TimelineItem[]; viewerId: string }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-3 font-serif text-2xl font-semibold">
        History
      </h2>
      <p className="mb-4 text-sm text-muted">Every version and every answer, as it happened. Nothing here can be edited or removed.</p>
      <AgreementTimeline items={timeline} viewerId={viewerId} />
    </section>
  );
}
