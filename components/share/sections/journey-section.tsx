import { Section } from "@/components/share/sections/section";
import { TherapistJourney } from "@/components/share/therapist-journey";
import type { TherapistView } from "@/lib/server/share/therapist-view";
import { SHARE_SECTION_LABELS } from "@/lib/validation/share";

/** Which stages each partner has marked done, and which are done together. */
export function JourneySection({
  progress,
  partners,
}: {
  progress: NonNullable<TherapistView["progress"]>;
  partners: TherapistView["partners"];
}) {
  return (
    <Section
      id="journey"
      title={SHARE_SECTION_LABELS.progress.label}
      intro="Each partner marks a stage done on their own; a stage is done together when both have."
    >
      <TherapistJourney progress={progress} partners={partners} />
    </Section>
  );
}
