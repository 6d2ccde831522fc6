import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { SafetyCheckForm } from "@/components/safety/safety-check-form";
import type { SafetyCheckContent } from "@/lib/content/safety";
import { crisisLines } from "@/lib/content/resources";

type Status = { latest: { takenAt: Date } | null; due: boolean };

/** The check itself: when it was last taken, what it is for, and its questions. */
export function SafetyCheckCard({ status, content }: { status: Status; content: SafetyCheckContent }) {
  const questions = content.questions.map((q) => ({
    key: q.key,
    text: q.text,
    hint: q.hint,
    options: q.options.map(({ key, label }) => ({ key, label })),
  }));
  return (
    <Card>
      <h2 className="text-lg font-semibold">{status.latest ? "Take the check again" : "Your safety check"}</h2>
      <p className="mt-1 text-sm text-muted" data-testid="safety-status">
        {status.latest ? (
          <>
            You last took it <LocalTime iso={status.latest.takenAt.toISOString()} format="date" />.{" "}
            {status.due ? "It's time to take it again." : "Mend asks again every four weeks."}
          </>
        ) : (
          "Please take it before your first joint exercise. It takes about a minute."
        )}
      </p>
      <div className="prose-mend mt-3 max-w-prose text-sm" dangerouslySetInnerHTML={{ __html: content.html }} />
      <div className="mt-4">
        <SafetyCheckForm questions={questions} crisisLines={crisisLines()} />
      </div>
    </Card>
  );
}
