import { EntryBodyView } from "@/components/entries/kinds";
import { LocalTime } from "@/components/ui/local-time";
import { UserText } from "@/components/ui/user-text";
import type { SharedEntry } from "@/lib/server/share/therapist-view";
import { wasEdited } from "@/lib/server/entries/serialize";

/** One entry as the therapist reads it: title, author, dates and answers (never the partner's response). */
export function SharedEntryCard({ entry }: { entry: SharedEntry }) {
  const edited = wasEdited(entry);
  return (
    <article
      id={`entry-${entry.id}`}
      aria-labelledby={`entry-${entry.id}-title`}
      className="print-break-avoid scroll-mt-6 rounded-2xl border border-line bg-white p-4 sm:p-5"
    >
      <h4 id={`entry-${entry.id}-title`} className="font-semibold">
        <UserText>{entry.title}</UserText>
      </h4>
      <p className="mt-0.5 text-sm text-muted">
        By <UserText>{entry.authorName}</UserText> · <LocalTime iso={entry.createdAt.toISOString()} format="date" />
        {edited && (
          <>
            {" "}
            · edited <LocalTime iso={entry.updatedAt.toISOString()} format="date" />
          </>
        )}
      </p>
      <div className="mt-3">
        <EntryBodyView entry={entry} exercise={entry.exercise} />
      </div>
    </article>
  );
}
