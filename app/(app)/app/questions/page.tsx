import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card, EmptyState } from "@/components/ui/card";
import { AskQuestionForm } from "@/components/questions/question-forms";
import { QuestionCard } from "@/components/questions/question-card";
import { QuestionActions } from "@/components/questions/question-actions";
import { JointWork } from "@/components/safety/joint-work";
import { requirePartner } from "@/lib/server/access";
import { listQuestions } from "@/lib/server/questions/read";
import { guideHtml } from "@/lib/content/guides";
import { talkingItThroughContent } from "@/lib/content/talking-it-through";
import { stageCrumb } from "@/lib/content/stage-features";

export const metadata: Metadata = { title: "Questions and answers" };

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<{ again?: string }> }) {
  const ctx = await requirePartner();
  const [record, { again }] = await Promise.all([listQuestions(ctx), searchParams]);
  const all = [...record.open, ...record.held];
  const repeat = typeof again === "string" ? all.find((q) => q.id === again) : undefined;
  const waitingForMe = record.open.filter((q) => q.askerId !== ctx.userId && q.answers.length === 0).length;
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[stageCrumb("questions")]} current="Questions and answers" />
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Questions and answers</h1>
        <p className="max-w-prose text-muted">
          A written record: questions are queued here and answered in writing, at a pace you can both manage. Every version of an answer
          stays visible to both of you.
        </p>
        {waitingForMe > 0 && (
          <JointWork fallback={null}>
            <p className="font-medium text-brand-800" role="status">
              {waitingForMe === 1 ? "One question is" : `${waitingForMe} questions are`} waiting for your answer.
            </p>
          </JointWork>
        )}
      </header>

      <Card className="space-y-3">
        <h2 id="ask-heading" className="scroll-mt-4 font-serif text-xl font-semibold">
          {repeat ? "Ask again" : "Ask a question"}
        </h2>
        <AskQuestionForm key={repeat?.id ?? "new"} repeatOf={repeat} starters={talkingItThroughContent().questionStarters} />
        <p className="text-sm">
          <a href="#guide" className="text-brand-700 underline">
            Which details help healing, and which tend to keep the hurt circling
          </a>
        </p>
      </Card>

      <section aria-labelledby="open-heading" className="space-y-3">
        <h2 id="open-heading" className="font-serif text-2xl font-semibold">
          In the Q&A
        </h2>
        {record.open.length === 0 ? (
          <EmptyState title="No questions yet">
            Questions either of you add appear here, newest first, with their answers and every revision.
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {record.open.map((q) => (
              <QuestionCard
                key={q.id}
                question={q}
                viewerId={ctx.userId}
                actions={<QuestionActions question={q} viewerId={ctx.userId} />}
              />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="held-heading" className="space-y-3">
        <h2 id="held-heading" className="font-serif text-2xl font-semibold">
          Held for a therapy session
        </h2>
        <p className="max-w-prose text-sm text-muted">
          Questions that feel too big to handle at home wait here for a session. A therapist link shows them only if you include “Questions
          held for a session” when you create it.
        </p>
        {record.held.length === 0 ? (
          <EmptyState title="Nothing held for a session" />
        ) : (
          <ul className="space-y-3">
            {record.held.map((q) => (
              <QuestionCard
                key={q.id}
                question={q}
                viewerId={ctx.userId}
                actions={<QuestionActions question={q} viewerId={ctx.userId} />}
              />
            ))}
          </ul>
        )}
      </section>

      <details className="rounded-2xl border border-line bg-white p-5 sm:p-6">
        <summary className="cursor-pointer font-serif text-xl font-semibold">Which details help, and which keep the hurt circling</summary>
        {/* A link to #guide opens the details (browsers expand a closed <details> around a fragment target). */}
        <div id="guide" className="prose-mend mt-2 max-w-prose scroll-mt-24" dangerouslySetInnerHTML={{ __html: guideHtml("questions") }} />
      </details>
    </div>
  );
}
