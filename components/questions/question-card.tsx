import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { UserText } from "@/components/ui/user-text";
import type { QuestionView } from "@/lib/server/questions/read";

/**
 * One question with its answer and every earlier revision. `viewerId` null: the therapist view.
 * The partners' controls come in as `actions` (components/questions/question-actions.tsx), so the
 * therapist view, which has none, doesn't load their forms.
 */
export function QuestionCard({
  question: q,
  viewerId,
  actions,
}: {
  question: QuestionView;
  viewerId: string | null;
  actions?: React.ReactNode;
}) {
  const latest = q.answers.at(-1);
  const first = q.answers[0];
  const earlier = q.answers.slice(0, -1).reverse();
  const iAsked = viewerId === q.askerId;
  return (
    <li id={`q-${q.id}`} className="scroll-mt-4 space-y-3 rounded-xl border border-line bg-white p-4" data-testid="question">
      <p className="text-xs text-muted">
        {iAsked ? (
          "You asked"
        ) : (
          <>
            <UserText>{q.askerName}</UserText> asked
          </>
        )}{" "}
        · <LocalTime iso={q.createdAt.toISOString()} format="date" />
        {q.heldAt && (
          <>
            {" "}
            · held for a session by <UserText>{q.heldByName}</UserText> on <LocalTime iso={q.heldAt.toISOString()} format="date" />
          </>
        )}
      </p>
      <p className="font-semibold whitespace-pre-wrap break-words">
        <UserText>{q.text}</UserText>
      </p>
      {q.repeatOf && (
        <p className="text-sm text-muted">
          Asked again.{" "}
          {viewerId ? (
            <Link href={`#q-${q.repeatOf.id}`} className="text-brand-700 underline">
              See the earlier question and its answer
            </Link>
          ) : (
            <>
              Earlier: “<UserText>{q.repeatOf.text}</UserText>”
            </>
          )}
        </p>
      )}
      {latest && first ? (
        <div className="rounded-lg bg-brand-50 p-3" data-testid="answer">
          <p className="text-xs text-muted">
            <UserText>{latest.authorName}</UserText> answered <LocalTime iso={first.createdAt.toISOString()} format="date" />
            {q.answers.length > 1 && (
              <>
                , revised <LocalTime iso={latest.createdAt.toISOString()} format="date" />
                {q.answers.length > 2 ? ` (${q.answers.length - 1} revisions)` : ""}
              </>
            )}
          </p>
          <p className="mt-1 whitespace-pre-wrap break-words">{latest.text}</p>
        </div>
      ) : (
        <p className="text-sm text-muted">
          {iAsked ? "Waiting for an answer." : q.heldAt ? "Not answered in writing." : "Not answered yet."}
        </p>
      )}
      {earlier.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">
            Earlier {earlier.length === 1 ? "version" : `versions (${earlier.length})`}
          </summary>
          <ol className="mt-2 space-y-2">
            {earlier.map((a) => (
              <li key={a.number} className="rounded-lg border border-line p-3 text-sm" data-testid="earlier-answer">
                <p className="text-xs text-muted">
                  Version {a.number} · <LocalTime iso={a.createdAt.toISOString()} format="datetime" />
                </p>
                <p className="mt-1 whitespace-pre-wrap break-words">{a.text}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
      {actions}
    </li>
  );
}
