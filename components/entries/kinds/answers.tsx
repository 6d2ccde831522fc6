import type { Exercise } from "@/lib/content/schema";
import type { AnswersBody as Body } from "@/lib/entries/kinds/answers";

/** The exercise kinds: each filled-in answer under its prompt. */
export function AnswersBody({ body, exercise }: { body: Body; exercise?: Exercise }) {
  return (
    <dl className="space-y-3">
      {body.answers.map((answer, i) =>
        answer ? (
          <div key={i}>
            {exercise?.prompts[i] && <dt className="text-sm font-medium text-muted">{exercise.prompts[i]}</dt>}
            <dd className="whitespace-pre-wrap break-words">{answer}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
