import { EntryBodyView } from "@/components/entries/kinds";
import { EntryCard } from "@/components/entries/entry-card";
import { EntryForm } from "@/components/entries/entry-form";
import { UserText } from "@/components/ui/user-text";
import type { Exercise } from "@/lib/content/schema";
import { kindForm, ownFormValues } from "@/lib/entries/kinds";
import type { EntryView, EntryViewOf } from "@/lib/server/entries/serialize";

type Props = {
  letter: EntryView;
  /** The replies the reader may see that answer this letter, oldest first. */
  replies: EntryViewOf<"letter-reply">[];
  /** The stage's reply exercise (its prompts are the reply form's boxes). */
  exercise: Exercise;
  viewerId: string;
};

/**
 * The replies under one impact letter, and, for the partner the letter was shared with, the place
 * to write one. The letter's author reads the replies shared with them here, under their own words.
 */
export function LetterReplies({ letter, replies, exercise, viewerId }: Props) {
  const mine = letter.authorId === viewerId;
  const repliedAlready = replies.some((r) => r.authorId === viewerId);
  const kind = kindForm(exercise.kind, exercise);
  const form = (
    <EntryForm
      form={kind}
      stageSlug={letter.stageSlug}
      exerciseKey={exercise.key}
      joint
      defaultVisibility={exercise.visibility}
      presets={{ letterId: letter.id }}
      submitLabel="Save my reply"
    />
  );
  if (replies.length === 0 && mine) return null;
  return (
    <section
      aria-label={mine ? "Replies to your letter" : `Your reply to ${letter.authorName}'s letter`}
      className="ml-3 space-y-3 border-l-2 border-brand-600/30 pl-3 sm:ml-6 sm:pl-4"
      data-testid="letter-replies"
    >
      {replies.map((reply) => (
        <EntryCard
          key={reply.id}
          entry={reply}
          exercise={exercise}
          form={kindForm(reply.kind, exercise)}
          values={ownFormValues(reply, viewerId)}
          viewerId={viewerId}
        >
          <p className="mb-2 text-xs font-medium uppercase tracking-wide text-brand-700">
            {reply.authorId === viewerId ? (
              "Your reply"
            ) : (
              <>
                Reply from <UserText>{reply.authorName}</UserText>
              </>
            )}
          </p>
          <EntryBodyView entry={reply} exercise={exercise} />
        </EntryCard>
      ))}
      {!mine &&
        (repliedAlready ? (
          <details className="rounded-xl bg-white p-4">
            <summary className="cursor-pointer text-sm font-medium">Write another reply to this letter</summary>
            <div className="mt-4">{form}</div>
          </details>
        ) : (
          <div className="space-y-3 rounded-xl bg-white p-4">
            <h4 className="font-semibold">{exercise.title}</h4>
            <p className="text-sm text-muted">{exercise.intro}</p>
            {form}
          </div>
        ))}
    </section>
  );
}
