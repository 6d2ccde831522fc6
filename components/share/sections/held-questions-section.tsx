import { QuestionCard } from "@/components/questions/question-card";
import { Section } from "@/components/share/sections/section";
import { EmptyState } from "@/components/ui/card";
import type { TherapistView } from "@/lib/server/share/therapist-view";
import { SHARE_SECTION_LABELS } from "@/lib/validation/share";

/** Questions held for a therapy session, with their answers and revisions. */
export function HeldQuestionsSection({ questions }: { questions: NonNullable<TherapistView["heldQuestions"]> }) {
  return (
    <Section
      id="held-questions"
      title={SHARE_SECTION_LABELS["held-questions"].label}
      intro="Questions the couple chose to bring to a session rather than answer at home, with any written answers and every revision."
    >
      {questions.length === 0 ? (
        <EmptyState title="No questions held for a session" />
      ) : (
        <ul className="space-y-3">
          {questions.map((q) => (
            <QuestionCard key={q.id} question={q} viewerId={null} />
          ))}
        </ul>
      )}
    </Section>
  );
}
