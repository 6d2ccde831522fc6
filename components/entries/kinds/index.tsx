import type { Exercise } from "@/lib/content/schema";
import { UNOPENABLE_TEXT } from "@/lib/crypto/unopenable";
import { kindOf, type EntryBody, type EntryKind } from "@/lib/entries/kinds";
import type { KindView } from "@/components/entries/kinds/types";
import { activityView } from "@/components/entries/kinds/activity";
import { AnswersBody } from "@/components/entries/kinds/answers";
import { goalView } from "@/components/entries/kinds/goal";
import { gratitudeView } from "@/components/entries/kinds/gratitude";
import { homeworkView } from "@/components/entries/kinds/homework";
import { memoryView } from "@/components/entries/kinds/memory";

/** The views, keyed by the registry's kinds. A kind without one is shown as its form's labels and values. */
export const KIND_VIEWS: { [K in EntryKind]?: KindView<K> } = {
  prompt: { Body: AnswersBody },
  reflection: { Body: AnswersBody },
  accountability: { Body: AnswersBody },
  letter: { Body: AnswersBody },
  "impact-letter": { Body: AnswersBody },
  "letter-reply": { Body: AnswersBody },
  goal: goalView,
  homework: homeworkView,
  activity: activityView,
  memory: memoryView,
  gratitude: gratitudeView,
};

export function viewOf<K extends EntryKind>(kind: K): KindView<K> | undefined {
  return KIND_VIEWS[kind];
}

/** Read-only rendering of an entry's body. */
export function EntryBodyView<K extends EntryKind>({
  entry,
  exercise,
}: {
  entry: { kind: K; body: EntryBody<K>; unopenable?: boolean };
  exercise?: Exercise;
}) {
  if (entry.unopenable)
    return (
      <p className="rounded-lg border border-line bg-paper p-3 text-sm text-muted" data-testid="unopenable">
        {UNOPENABLE_TEXT}
      </p>
    );
  const View = viewOf<K>(entry.kind)?.Body;
  if (View) return <View body={entry.body} exercise={exercise} />;
  const def = kindOf(entry.kind);
  const values = def.toValues(entry.body);
  return (
    <dl className="space-y-3">
      {def.fields(exercise).map((field) =>
        values[field.name] ? (
          <div key={field.name}>
            <dt className="text-sm font-medium text-muted">{field.label}</dt>
            <dd className="whitespace-pre-wrap break-words">{values[field.name]}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
