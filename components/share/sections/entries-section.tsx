import { Section } from "@/components/share/sections/section";
import { SharedEntryCard } from "@/components/share/shared-entry";
import { EmptyState } from "@/components/ui/card";
import { THERAPIST_ENTRY_LIMIT, type TherapistView } from "@/lib/server/share/therapist-view";

/** The entries shared with a therapist, grouped by stage. */
export function EntriesSection({ entries }: { entries: NonNullable<TherapistView["entries"]> }) {
  return (
    <Section
      id="entries"
      title="Entries shared with you"
      intro="Only entries a partner chose to share with a therapist. Private entries and those shared only between the two of them never appear here."
    >
      {entries.groups.length === 0 ? (
        <EmptyState title="Nothing shared with you yet">
          When either partner saves an entry as “Partner and therapist”, it appears here, grouped by stage.
        </EmptyState>
      ) : (
        <div className="space-y-8">
          {entries.cut && (
            <p role="note" className="text-sm text-muted">
              Showing the newest {THERAPIST_ENTRY_LIMIT} entries (by their latest change). Older ones are not included here.
            </p>
          )}
          {entries.groups.map((group) => (
            <section key={group.slug} aria-labelledby={`stage-${group.slug}`} className="space-y-3">
              <h3 id={`stage-${group.slug}`} className="font-serif text-lg font-semibold">
                <span className="text-brand-700">Stage {group.number}</span> · {group.title}
              </h3>
              {group.entries.map((entry) => (
                <SharedEntryCard key={entry.id} entry={entry} />
              ))}
            </section>
          ))}
        </div>
      )}
    </Section>
  );
}
