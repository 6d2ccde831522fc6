"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { useActionButton } from "@/components/ui/use-action";
import { EntryForm } from "@/components/entries/entry-form";
import { VisibilityBadge } from "@/components/entries/visibility-field";
import { ResponseForm } from "@/components/entries/response-form";
import { SharedBeforeJoin } from "@/components/entries/partner-boundary";
import { UserText } from "@/components/ui/user-text";
import type { Exercise } from "@/lib/content/schema";
import type { EntryKind, KindForm } from "@/lib/entries/kinds";
import type { FormValues } from "@/lib/entries/fields";
import type { EntryViewOf } from "@/lib/server/entries/serialize";
import { VERDICT_LABELS } from "@/lib/validation/entry-options";
import { deleteEntryAction } from "@/app/(app)/app/stages/actions";

type Props<K extends EntryKind> = {
  entry: EntryViewOf<K>;
  exercise?: Exercise;
  /** The entry's kind as its edit form needs it (kindForm, on the server). */
  form: KindForm;
  /** The entry's current values for its edit form: only for the viewer's own entries. */
  values?: FormValues;
  viewerId: string;
  /** Server-rendered, escaped view of the body. */
  children: React.ReactNode;
  /** Extra controls for tools (tick a step, mark homework done…). */
  controls?: React.ReactNode;
};

export function EntryCard<K extends EntryKind>({ entry, exercise, form, values, viewerId, children, controls }: Props<K>) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const erase = useActionButton(deleteEntryAction);
  const mine = entry.authorId === viewerId;

  return (
    <article
      className="rounded-xl border border-line bg-white p-4"
      data-testid="entry"
      data-entry-id={entry.id}
      aria-label={`${mine ? "Your" : `${entry.authorName}'s`} entry`}
    >
      <header className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{mine ? "You" : <UserText>{entry.authorName}</UserText>}</span>
        <span className="text-muted">
          · <LocalTime iso={entry.updatedAt.toISOString()} format="relative" />
        </span>
        <VisibilityBadge visibility={entry.visibility} />
      </header>
      {editing ? (
        <EntryForm
          form={form}
          stageSlug={entry.stageSlug}
          exerciseKey={entry.exerciseKey}
          joint={Boolean(exercise?.joint)}
          defaultVisibility={entry.visibility}
          editing={{ id: entry.id, values: values ?? { visibility: entry.visibility } }}
          onDone={() => setEditing(false)}
        />
      ) : (
        children
      )}
      {controls && !editing && <div className="mt-3">{controls}</div>}
      {mine && !editing && <SharedBeforeJoin entry={entry} />}

      {entry.responses.length > 0 && (
        <ul className="mt-4 space-y-2 border-t border-line pt-3">
          {entry.responses.map((r) => (
            <li key={r.id} className="text-sm" data-testid="response">
              <span className={r.verdict === "heard" ? "font-medium text-brand-700" : "font-medium text-warm-700"}>
                {r.authorId === viewerId ? "You" : <UserText>{r.authorName}</UserText>}: {VERDICT_LABELS[r.verdict]}
              </span>
              {r.questions && <p className="mt-1 whitespace-pre-wrap break-words text-ink">{r.questions}</p>}
            </li>
          ))}
        </ul>
      )}

      {form.respondable && !mine && <ResponseForm entryId={entry.id} />}

      {mine && !editing && (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {!entry.unopenable && (
            <Button variant="ghost" onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
          {confirming ? (
            <>
              <span className="text-sm" role="alert">
                Delete this entry? Its text is erased from Mend at once, with any responses to it. This can't be undone.
              </span>
              <Button variant="danger" disabled={erase.pending} onClick={() => erase.run({ id: entry.id })}>
                Yes, erase it
              </Button>
              <Button variant="ghost" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button variant="ghost" onClick={() => setConfirming(true)}>
              Delete
            </Button>
          )}
          <InlineError message={erase.error} />
        </div>
      )}
    </article>
  );
}
