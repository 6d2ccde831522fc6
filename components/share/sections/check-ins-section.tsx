import { RangeLinks, TimelineView } from "@/components/check-ins/timeline-view";
import { Section } from "@/components/share/sections/section";
import type { TherapistView } from "@/lib/server/share/therapist-view";
import { SHARE_SECTION_LABELS } from "@/lib/validation/share";

/** Both partners' check-ins over the chosen range, with links to change the range on this share link. */
export function CheckInsSection({
  checkIns,
  weeks,
  token,
}: {
  checkIns: NonNullable<TherapistView["checkIns"]>;
  weeks: TherapistView["weeks"];
  token: string;
}) {
  return (
    <Section
      id="check-ins"
      title={SHARE_SECTION_LABELS["check-ins"].label}
      intro="Each partner's daily trust and closeness (0–10). Days without a check-in are gaps, not zeros. Notes appear only when saved for a therapist."
    >
      <RangeLinks weeks={weeks} base={`/share/${token}`} />
      <TimelineView data={checkIns} tableOpen headingLevel={3} />
    </Section>
  );
}
