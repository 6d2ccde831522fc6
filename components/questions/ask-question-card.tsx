import { Card } from "@/components/ui/card";
import { AskQuestionForm } from "@/components/questions/question-forms";
import type { QuestionView } from "@/lib/server/questions/read";
import { talkingItThroughContent } from "@/lib/content/talking-it-through";

/** Where a question is asked, or asked again (`repeat`, from a question's "Ask this again" link). */
export function AskQuestionCard({ repeat }: { repeat: QuestionView | undefined }) {
  return (
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
  );
}
