import { EmptyState } from "@/components/ui/card";
import { EntryBodyView } from "@/components/entries/kinds";
import { toolOf } from "@/components/stages/tools/kind-tools";
import { EntryCard } from "@/components/entries/entry-card";
import { EntryForm } from "@/components/entries/entry-form";
import type { Stage } from "@/lib/content/schema";
import { kindForm, ownFormValues, type ToolDefinition, type ToolKind } from "@/lib/entries/kinds";
import type { EntryViewOf } from "@/lib/server/entries/serialize";

type Props<K extends ToolKind> = {
  stage: Stage;
  tool: ToolDefinition & { kind: K };
  entries: EntryViewOf<K>[];
  viewerId: string;
};

/** A stage tool: its items (as visibility allows), an empty state that teaches, and an add form. */
export function ToolSection<K extends ToolKind>({ stage, tool, entries, viewerId }: Props<K>) {
  const { kind, tool: section } = tool;
  const extras = toolOf(kind);
  const form = kindForm(kind);
  const headingId = `tool-${kind}`;
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-line bg-paper/60 p-4 sm:p-6" data-tool={kind}>
      <h3 id={headingId} className="font-serif text-xl font-semibold">
        {section.title}
      </h3>
      <p className="mt-1 text-muted">{section.description}</p>
      {extras?.ToolIntro && <extras.ToolIntro stage={stage} />}
      <div className="mt-4 space-y-3">
        {entries.length === 0 ? (
          <EmptyState title={section.empty.title}>{section.empty.text}</EmptyState>
        ) : (
          entries.map((entry) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              form={form}
              values={ownFormValues(entry, viewerId)}
              viewerId={viewerId}
              controls={extras?.controls?.(entry, viewerId)}
            >
              <EntryBodyView entry={entry} />
            </EntryCard>
          ))
        )}
      </div>
      <details className="mt-4 rounded-xl bg-white p-4">
        <summary className="cursor-pointer text-sm font-medium">{section.addLabel}</summary>
        <div className="mt-4">
          <EntryForm form={form} stageSlug={stage.slug} defaultVisibility={tool.defaultVisibility} submitLabel="Add" />
        </div>
      </details>
    </section>
  );
}
