import { EntryBodyView } from "@/components/entries/kinds";
import { EntryCard } from "@/components/entries/entry-card";
import { EntryForm } from "@/components/entries/entry-form";
import Link from "next/link";
import type { Exercise } from "@/lib/content/schema";
import { TOOL_ROUTES, type RouteTool } from "@/lib/content/tools";
import { kindForm, ownFormValues } from "@/lib/entries/kinds";
import { AUDIENCE_LABELS, type Audience } from "@/lib/entries/labels";
import type { EntryView } from "@/lib/server/entries/serialize";
import type { Side } from "@/lib/validation/couple";

/** An exercise addressed to the other side is shown folded, with the reason. */
function isForOtherSide(audience: Audience, side: Side) {
  return (audience === "hurt" && side === "involved") || (audience === "involved" && side === "hurt");
}

const OPENS_TOOL_LABELS: Partial<Record<RouteTool, string>> = { questions: "Open your questions and answers" };

type Props = {
  stageSlug: string;
  exercise: Exercise;
  entries: EntryView[];
  viewerId: string;
  side: Side;
  /** Shown under each entry (the replies under an impact letter). */
  afterEntry?: (entry: EntryView) => React.ReactNode;
  /** Shown instead of the form, for an exercise written somewhere else on the page (a reply goes under its letter). */
  formNote?: React.ReactNode;
};

export function ExerciseSection({ stageSlug, exercise, entries, viewerId, side, afterEntry, formNote }: Props) {
  const headingId = `exercise-${exercise.key}`;
  const mineCount = entries.filter((e) => e.authorId === viewerId).length;
  const otherSide = isForOtherSide(exercise.for, side);
  const form = (
    <EntryForm
      form={kindForm(exercise.kind, exercise)}
      stageSlug={stageSlug}
      exerciseKey={exercise.key}
      joint={Boolean(exercise.joint)}
      defaultVisibility={exercise.visibility}
    />
  );
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-line bg-paper/60 p-4 sm:p-6" data-exercise={exercise.key}>
      <p className="text-xs font-medium uppercase tracking-wide text-brand-700">For {AUDIENCE_LABELS[exercise.for]}</p>
      <h3 id={headingId} className="mt-1 font-serif text-xl font-semibold">
        {exercise.title}
      </h3>
      <p className="mt-1 text-muted">{exercise.intro}</p>

      {entries.length > 0 && (
        <div className="mt-4 space-y-3">
          {entries.map((entry) => (
            <div key={entry.id} className="space-y-3">
              {/* The entry's own kind, as stored: an exercise's kind could change in content after it was written. */}
              <EntryCard
                entry={entry}
                exercise={exercise}
                form={kindForm(entry.kind, exercise)}
                values={ownFormValues(entry, viewerId)}
                viewerId={viewerId}
              >
                <EntryBodyView entry={entry} exercise={exercise} />
              </EntryCard>
              {afterEntry?.(entry)}
            </div>
          ))}
        </div>
      )}

      <div className="mt-4">
        {formNote ? (
          <p className="rounded-xl bg-white p-4 text-sm text-muted">{formNote}</p>
        ) : exercise.opensTool ? (
          // Done in the real tool (answers, revisions, holding for a session), not in an entry nobody can answer.
          <Link href={TOOL_ROUTES[exercise.opensTool]} className="font-semibold text-brand-700 underline">
            {OPENS_TOOL_LABELS[exercise.opensTool] ?? "Open this tool"}
          </Link>
        ) : otherSide ? (
          <details className="rounded-xl bg-white p-4">
            <summary className="cursor-pointer text-sm font-medium">This one is written for your partner. Write anyway</summary>
            <div className="mt-4">{form}</div>
          </details>
        ) : mineCount > 0 ? (
          <details className="rounded-xl bg-white p-4">
            <summary className="cursor-pointer text-sm font-medium">Write another entry</summary>
            <div className="mt-4">{form}</div>
          </details>
        ) : (
          <div className="rounded-xl bg-white p-4">{form}</div>
        )}
      </div>
    </section>
  );
}
