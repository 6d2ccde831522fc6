import { LocalTime } from "@/components/ui/local-time";
import { UserText } from "@/components/ui/user-text";
import type { TherapistView } from "@/lib/server/share/therapist-view";

const times = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
  const count =
    since.entries.length +
    since.stageEvents.length +
    since.checkIns.length +
    since.agreements.length +
    since.questions.length +
    since.triggers.length +
    since.talks.length +
    since.intake.length;
  if (count === 0) return <p className="text-muted">Nothing new since your last visit on {last}.</p>;
  const at = (d: Date) => (
    <span className="text-sm text-muted">
      · <LocalTime iso={d.toISOString()} />
    </span>
  );
  return (
    <div className="space-y-3">
      <p className="text-muted">You last looked on {last}. Since then:</p>
      <ul className="space-y-2" data-testid="since-list">
        {since.intake.map((i) => (
          <Item key={`intake-${i.name}`}>
            <UserText>{i.name}</UserText> changed {times(i.count, "answer", "answers")} of their{" "}
            <a href="#intake-heading" className="font-medium text-brand-700 underline underline-offset-2">
              intake summary
            </a>{" "}
            {at(i.at)}
          </Item>
        ))}
        {since.stageEvents.map((event, i) => (
          <Item key={`stage-${i}`}>
            <UserText>{event.actorName}</UserText>{" "}
            {event.choice
              ? `${event.action === "done" ? "marked" : "cleared"} their choice to move on (stage ${event.stageNumber})`
              : event.action === "done"
                ? `marked their part of stage ${event.stageNumber} (${event.stageTitle}) done`
                : `reopened stage ${event.stageNumber} (${event.stageTitle}) for both of them`}{" "}
            {at(event.at)}
          </Item>
        ))}
        {since.checkIns.map((c) => (
          <Item key={`check-ins-${c.name}`}>
            <UserText>{c.name}</UserText> saved {times(c.count, "check-in", "check-ins")} (see the{" "}
            <a href="#check-ins-heading" className="font-medium text-brand-700 underline underline-offset-2">
              trust timeline
            </a>
            )
          </Item>
        ))}
        {since.agreements.map((a, i) => (
          <Item key={`agreement-${i}`}>
            {a.action === "accepted" ? `Version ${a.versionNumber} of the agreement ` : "The agreement "}
            <span className="font-medium">
              “<UserText>{a.title}</UserText>”
            </span>{" "}
            {a.action === "accepted" ? "came into force" : "was reaffirmed at its review"} {at(a.at)}
          </Item>
        ))}
        {since.questions.map((q, i) => (
          <Item key={`question-${i}`}>
            {q.event === "held" ? "Held for a session: " : "Answered in writing: "}
            <span className="font-medium">
              “<UserText>{q.text}</UserText>”
            </span>{" "}
            {at(q.at)}
          </Item>
        ))}
        {since.triggers.map((t) => (
          <Item key={`triggers-${t.name}`}>
            <UserText>{t.name}</UserText> logged {times(t.count, "trigger", "triggers")} (see the{" "}
            <a href="#triggers-heading" className="font-medium text-brand-700 underline underline-offset-2">
              trigger log
            </a>
            )
          </Item>
        ))}
        {since.talks.map((t) => (
          <Item key={`talk-${t.id}`}>
            A talk took place:{" "}
            <span className="font-medium">
              <UserText>{t.topic}</UserText>
            </span>{" "}
            {at(t.at)}
          </Item>
        ))}
        {since.entries.map((entry) => (
          <Item key={`entry-${entry.id}`}>
            {entry.createdAt > view.previousVisitAt! ? "New" : "Updated"}:{" "}
            <a href={`#entry-${entry.id}`} className="font-medium text-brand-700 underline underline-offset-2">
              <UserText>{entry.title}</UserText>
            </a>{" "}
            by <UserText>{entry.authorName}</UserText> {at(entry.updatedAt)}
          </Item>
        ))}
      </ul>
    </div>
  );
}

function Item({ children }: { children: React.ReactNode }) {
  return (
    <li className="flex gap-3">
      <span aria-hidden className="mt-2 size-2 shrink-0 rounded-full bg-brand-600" />
      <span>{children}</span>
    </li>
  );
}
