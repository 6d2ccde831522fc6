import Link from "next/link";
import { AnswerForm, HoldButton } from "@/components/questions/question-forms";
import type { QuestionView } from "@/lib/server/questions/read";

/** A partner's controls under a question: answer (or revise), hold it for a session, ask it again. */
export function QuestionActions({ question: q, viewerId }: { question: QuestionView; viewerId: string }) {
  const latest = q.answers.at(-1);
  const iAsked = viewerId === q.askerId;
  const canAnswer = !iAsked && !q.heldAt;
  return (
    <div className="flex flex-wrap items-start gap-3 border-t border-line pt-3">
      {canAnswer && <AnswerForm id={q.id} seen={latest?.number ?? 0} current={latest?.text} />}
      <HoldButton id={q.id} held={Boolean(q.heldAt)} />
      {iAsked && !q.heldAt && (
        <Link
          href={`/app/questions?again=${q.id}#ask-heading`}
          className="inline-flex min-h-11 items-center text-sm text-brand-700 underline"
        >
          Ask this again
        </Link>
      )}
    </div>
  );
}
