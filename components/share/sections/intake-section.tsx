import { IntakeAnswers } from "@/components/intake/intake-answers";
import { Section } from "@/components/share/sections/section";
import { EmptyState } from "@/components/ui/card";
import { UserText } from "@/components/ui/user-text";
import type { TherapistView } from "@/lib/server/share/therapist-view";
import { SHARE_SECTION_LABELS } from "@/lib/validation/share";

/** Each partner's intake answers shared with a therapist. */
export function IntakeSection({ intake }: { intake: NonNullable<TherapistView["intake"]> }) {
  return (
    <Section
      id="intake"
      title={SHARE_SECTION_LABELS.intake.label}
      intro="Each partner answered on their own. Only answers a partner chose to share with a therapist appear; any question may be left unanswered."
    >
      {intake.length === 0 ? (
        <EmptyState title="No intake answers shared with you yet">
          When either partner marks an intake answer “Partner and therapist”, it appears here.
        </EmptyState>
      ) : (
        <div className="space-y-4">
          {intake.map((v) => (
            <section
              key={v.authorId}
              aria-labelledby={`intake-${v.authorId}`}
              className="print-break-avoid rounded-xl border border-line bg-white p-4"
            >
              <h3 id={`intake-${v.authorId}`} className="font-serif text-lg font-semibold">
                <UserText>{v.authorName}</UserText>
              </h3>
              <IntakeAnswers answers={v.answers} />
            </section>
          ))}
        </div>
      )}
    </Section>
  );
}
