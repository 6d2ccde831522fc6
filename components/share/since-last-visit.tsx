import { LocalTime } from "@/components/ui/local-time";
import { UserText } from "@/components/ui/user-text";
import type { TherapistView } from "@/lib/server/share/therapist-view";

/** What changed since this link's previous visit, limited to what the link shows. */
export function SinceLastVisit({ view }: { view: TherapistView }) {
  const since = view.since;
  if (!since || !view.previousVisitAt) {
    return (
      <p className="text-muted">
        This is your first visit with this link. Next time, this space will gather what changed since today, so you don't have to look for
        it.
      </p>
    );
  }
  const last = <LocalTime iso={view.previousVisitAt.toISOString()} />;
  const nothing = since.entries.length === 0 && since.stageEvents.length === 0;
  if (nothing) return <p className="text-muted">Nothing new since your last visit on {last}.</p>;
  return (
    <div className="space-y-3">
      <p className="text-muted">You last looked on {last}. Since then:</p>
      <ul className="space-y-2">
        {since.stageEvents.map((event, i) => (
          <li key={`stage-${i}`} className="flex gap-3">
            <Dot />
            <span>
              <UserText>{event.actorName}</UserText>{" "}
              {event.choice
                ? `${event.action === "done" ? "marked" : "cleared"} their choice to move on (stage ${event.stageNumber})`
                : event.action === "done"
                  ? `marked their part of stage ${event.stageNumber} (${event.stageTitle}) done`
                  : `reopened stage ${event.stageNumber} (${event.stageTitle}) for both of them`}{" "}
              <span className="text-sm text-muted">
                · <LocalTime iso={event.at.toISOString()} />
              </span>
            </span>
          </li>
        ))}
        {since.entries.map((entry) => (
          <li key={`entry-${entry.id}`} className="flex gap-3">
            <Dot />
            <span>
              {entry.createdAt > view.previousVisitAt! ? "New" : "Updated"}:{" "}
              <a href={`#entry-${entry.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                <UserText>{entry.title}</UserText>
              </a>{" "}
              by <UserText>{entry.authorName}</UserText>{" "}
              <span className="text-sm text-muted">
                · <LocalTime iso={entry.updatedAt.toISOString()} />
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Dot() {
  return <span aria-hidden className="mt-2 size-2 shrink-0 rounded-full bg-brand-600" />;
}
