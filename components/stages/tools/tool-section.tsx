import { EmptyState } from "@/components/ui/card";
import { EntryBodyView } from "@/components/entries/entry-body-view";
import { EntryCard } from "@/components/entries/entry-card";
import { EntryForm } from "@/components/entries/entry-form";
import { fieldsFor } from "@/components/entries/fields";
import type { EntryView } from "@/lib/server/entries/serialize";
import type { ToolKind, Visibility } from "@/lib/validation/entry";

type Props = {
  stageSlug: string;
  kind: ToolKind;
  title: string;
  description: string;
  empty: { title: string; text: string };
  addLabel: string;
  defaultVisibility: Visibility;
  entries: EntryView[];
  viewerId: string;
  controls?: (entry: EntryView) => React.ReactNode;
  children?: React.ReactNode;
};

/** A stage tool: its items (as visibility allows), an empty state that teaches, and an add form. */
export function ToolSection({ stageSlug, kind, title, description, empty, addLabel, defaultVisibility, entries, viewerId, controls, children }: Props) {
  const headingId = `tool-${kind}`;
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-line bg-paper/60 p-4 sm:p-6" data-tool={kind}>
      <h3 id={headingId} className="font-serif text-xl font-semibold">
        {title}
      </h3>
      <p className="mt-1 text-muted">{description}</p>
      {children}
      <div className="mt-4 space-y-3">
        {entries.length === 0 ? (
          <EmptyState title={empty.title}>{empty.text}</EmptyState>
        ) : (
          entries.map((entry) => (
            <EntryCard key={entry.id} entry={entry} viewerId={viewerId} controls={controls?.(entry)}>
              <EntryBodyView entry={entry} />
            </EntryCard>
          ))
        )}
      </div>
      <details className="mt-4 rounded-xl bg-white p-4">
        <summary className="cursor-pointer text-sm font-medium">{addLabel}</summary>
        <div className="mt-4">
          <EntryForm kind={kind} stageSlug={stageSlug} fields={fieldsFor(kind)} defaultVisibility={defaultVisibility} submitLabel="Add" />
        </div>
      </details>
    </section>
  );
}
