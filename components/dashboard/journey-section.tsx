import type { ComponentProps } from "react";
import { JourneyList } from "@/components/journey/journey-list";
import { getStages } from "@/lib/content/stages";
import type { Member } from "@/lib/server/couples/couple";

type Props = Pick<ComponentProps<typeof JourneyList>, "progress" | "counts" | "suggestedSlug"> & {
  couple: { me: Member; partner: Member | null };
};

/** The dashboard's journey: the nine stages in their suggested order, each open at any time. */
export function JourneySection({ progress, counts, couple, suggestedSlug }: Props) {
  return (
    <section aria-labelledby="journey-heading" className="order-2 lg:order-1">
      <h2 id="journey-heading" className="mb-4 scroll-mt-24 font-serif text-2xl font-semibold">
        The nine stages
      </h2>
      <p className="-mt-2 mb-4 text-sm text-muted">A suggested order, not a locked one. Open any stage whenever it fits.</p>
      <JourneyList
        stages={getStages()}
        progress={progress}
        counts={counts}
        me={couple.me}
        partner={couple.partner}
        suggestedSlug={suggestedSlug}
      />
    </section>
  );
}
