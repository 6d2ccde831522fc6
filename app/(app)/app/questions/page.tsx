import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { AskQuestionCard } from "@/components/questions/ask-question-card";
import { HeldQuestions, OpenQuestions } from "@/components/questions/question-sections";
import { QuestionsGuide } from "@/components/questions/questions-guide";
import { JointWork } from "@/components/safety/joint-work";
import { requirePartner } from "@/lib/server/access";
import { listQuestions } from "@/lib/server/questions/read";
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

      <AskQuestionCard repeat={repeat} />
      <OpenQuestions questions={record.open} viewerId={ctx.userId} />
      <HeldQuestions questions={record.held} viewerId={ctx.userId} />
      <QuestionsGuide />
    </div>
  );
}
