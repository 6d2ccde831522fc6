import { EmptyState } from "@/components/ui/card";
import { QuestionCard } from "@/components/questions/question-card";
import { QuestionActions } from "@/components/questions/question-actions";
import type { QuestionView } from "@/lib/server/questions/read";

/** The questions in the Q&A, newest first, with their answers. */
export function OpenQuestions({ questions, viewerId }: { questions: QuestionView[]; viewerId: string }) {
  return (
    <section aria-labelledby="open-heading" className="space-y-3">
      <h2 id="open-heading" className="font-serif text-2xl font-semibold">
        In the Q&A
      </h2>
      {questions.length === 0 ? (
        <EmptyState title="No questions yet">
          Questions either of you add appear here, newest first, with their answers and every revision.
        </EmptyState>
      ) : (
        <QuestionList questions={questions} viewerId={viewerId} />
      )}
    </section>
  );
}

/** The questions held for a therapy session. */
export function HeldQuestions({ questions, viewerId }: { questions: QuestionView[]; viewerId: string }) {
  return (
    <section aria-labelledby="held-heading" className="space-y-3">
      <h2 id="held-heading" className="font-serif text-2xl font-semibold">
        Held for a therapy session
      </h2>
      <p className="max-w-prose text-sm text-muted">
        Questions that feel too big to handle at home wait here for a session. A therapist link shows them only if you include “Questions
        held for a session” when you create it.
      </p>
      {questions.length === 0 ? (
        <EmptyState title="Nothing held for a session" />
      ) : (
        <QuestionList questions={questions} viewerId={viewerId} />
      )}
    </section>
  );
}

function QuestionList({ questions, viewerId }: { questions: QuestionView[]; viewerId: string }) {
  return (
    <ul className="space-y-3">
      {questions.map((q) => (
        <QuestionCard key={q.id} question={q} viewerId={viewerId} actions={<QuestionActions question={q} viewerId={viewerId} />} />
      ))}
    </ul>
  );
}
