import { LocalTime } from "@/components/ui/local-time";
import { WordDiff } from "@/components/agreements/word-diff";
import { UserText } from "@/components/ui/user-text";
import type { TimelineItem } from "@/lib/server/agreements/read";

const VERSION_VERBS = { proposal: "proposed", amendment: "proposed a change", counter: "suggested a different wording" } as const;
/** What each answer says after the person's name. */
const DECISION_WORDS: Record<string, (version: number) => string> = {
  accepted: (n) => `accepted version ${n}`,
  declined: (n) => `declined version ${n}`,
  "retire-requested": (n) => `proposed retiring version ${n}`,
  retired: (n) => `agreed to retire version ${n}`,
  "retire-declined": (n) => `chose to keep version ${n}`,
  // A review's "keep as it is"; a change or retiring proposed at a review shows as its own row.
  reaffirmed: (n) => `reviewed version ${n} and chose to keep it as it is`,
};

export function AgreementTimeline({ items, viewerId }: { items: TimelineItem[]; viewerId: string }) {
  return (
    <ol className="space-y-3 border-l-2 border-line pl-4" data-testid="timeline">
      {items.map((item, i) => (
        <li key={i} className="relative rounded-xl border border-line bg-white p-4 text-sm" data-testid="timeline-item">
          <span aria-hidden className="absolute top-5 -left-[1.4rem] size-2.5 rounded-full bg-brand-600" />
          {item.type === "version" ? (
            <>
              <p>
                <strong>{item.version.proposedBy === viewerId ? "You" : <UserText>{item.version.proposedByName}</UserText>}</strong>{" "}
                {VERSION_VERBS[item.version.kind]}: version {item.version.number}
                {item.version.basedOn !== null && ` (from version ${item.version.basedOn})`}
              </p>
              <p className="text-xs text-muted">
                <LocalTime iso={item.at.toISOString()} />
              </p>
              <div className="mt-2 space-y-2">
                {item.diff ? (
                  <>
                    <WordDiff parts={item.diff.title} label={`Title changes in version ${item.version.number}`} />
                    <WordDiff parts={item.diff.text} label={`Text changes in version ${item.version.number}`} />
                  </>
                ) : (
                  <>
                    <p className="font-semibold break-words">
                      <UserText>{item.version.title}</UserText>
                    </p>
                    <p className="whitespace-pre-wrap break-words">{item.version.text}</p>
                  </>
                )}
              </div>
            </>
          ) : (
            <>
              <p>
                <strong>{item.actorId === viewerId ? "You" : <UserText>{item.actorName}</UserText>}</strong>{" "}
                {DECISION_WORDS[item.action]?.(item.versionNumber) ?? `${item.action} version ${item.versionNumber}`}
              </p>
              <p className="text-xs text-muted">
                <LocalTime iso={item.at.toISOString()} />
              </p>
              {item.reason && (
                <p className="mt-1 whitespace-pre-wrap break-words">
                  “<UserText>{item.reason}</UserText>”
                </p>
              )}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
