import { EntryBodyView } from "@/components/entries/entry-body-view";
import { LocalTime } from "@/components/share/local-time";
import type { SharedEntry } from "@/lib/server/share/therapist-view";

const VERDICTS = { heard: "I feel heard", "not-yet": "Not yet" } as const;

/** One entry as the therapist reads it: title, author, dates, answers, the partner's response. */
export function SharedEntryCard({ entry }: { entry: SharedEntry }) {
  const edited = entry.updatedAt.getTime() - entry.createdAt.getTime() > 60_000;
  return (
    <article id={`entry-${entry.id}`} aria-labelledby={`entry-${entry.id}-title`} className="print-break-avoid scroll-mt-6 rounded-2xl border border-line bg-white p-4 sm:p-5">
      <h4 id={`entry-${entry.id}-title`} className="font-semibold">
        {entry.title}
      </h4>
      <p className="mt-0.5 text-sm text-muted">
        By {entry.authorName} · <LocalTime iso={entry.createdAt.toISOString()} format="date" />
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
      {entry.responses.length > 0 && (
        <ul className="mt-4 space-y-2 border-t border-line pt-3" aria-label="Responses">
          {entry.responses.map((response) => (
            <li key={response.id} className="text-sm">
              <p>
                <span className="font-medium">{response.authorName} responded:</span> {VERDICTS[response.verdict]}{" "}
                <span className="text-muted">
                  · <LocalTime iso={response.createdAt.toISOString()} format="date" />
                </span>
              </p>
              {response.questions && <p className="mt-1 whitespace-pre-wrap break-words text-muted">{response.questions}</p>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
