import { ExerciseSection } from "@/components/stages/exercise-section";
import { LetterReplies } from "@/components/stages/letter-replies";
import type { Stage } from "@/lib/content/schema";
import type { Breach } from "@/lib/content/readers";
import { exercisesFor } from "@/lib/content/stages";
import { entriesOf, type EntryView } from "@/lib/server/entries/serialize";
import type { Side } from "@/lib/validation/couple";

type Props = {
  stage: Stage;
  breach: Breach | null;
  /** The stage's entries this reader may see. */
  entries: EntryView[];
  viewerId: string;
  side: Side;
};

/** A stage's exercises, each with its entries and its form. */
export function StageExercises({ stage, breach, entries, viewerId, side }: Props) {
  // Impact letters and the replies under them (stage 2).
  const replyExercise = stage.exercises.find((e) => e.kind === "letter-reply");
  const letterIds = new Set(entriesOf(entries, "impact-letter").map((e) => e.id));
  const sharedLetters = entriesOf(entries, "impact-letter").filter((e) => e.authorId !== viewerId).length;
  const replies = entriesOf(entries, "letter-reply");
  return (
    <section aria-labelledby="exercises-heading" className="space-y-4">
      <h2 id="exercises-heading" className="font-serif text-2xl font-semibold">
        Exercises
      </h2>
      {exercisesFor(stage, breach).map((exercise) => (
        <ExerciseSection
          key={exercise.key}
          stageSlug={stage.slug}
          exercise={exercise}
          // A reply is shown under its letter; here only the ones whose letter is no longer shared.
          entries={entries.filter((e) => e.exerciseKey === exercise.key && !(e.kind === "letter-reply" && letterIds.has(e.body.letterId)))}
          viewerId={viewerId}
          side={side}
          afterEntry={
            replyExercise && exercise.kind === "impact-letter"
              ? (letter) => (
                  <LetterReplies
                    letter={letter}
                    replies={replies.filter((r) => r.body.letterId === letter.id)}
                    exercise={replyExercise}
                    viewerId={viewerId}
                  />
                )
              : undefined
          }
          formNote={
            exercise.kind === "letter-reply"
              ? sharedLetters > 0
                ? "Write your reply under the letter it answers, above."
                : "When your partner shares a letter about the impact with you, it appears above, with a place for your reply under it."
              : undefined
          }
        />
      ))}
    </section>
  );
}
