import { LocalTime } from "@/components/ui/local-time";
import { UserText } from "@/components/ui/user-text";
import type { TalkView } from "@/lib/server/talks/read";
import { TALK_STATUS_LABELS } from "@/lib/talks/labels";

/** A talk's page heading: when, how long, where it stands, whether it repeats, and its topic. */
export function TalkHeader({ talk, rhythm }: { talk: TalkView; rhythm: string }) {
  return (
    <header className="space-y-1">
      <p className="text-sm font-medium text-brand-700">
        <LocalTime iso={talk.startsAt.toISOString()} format="datetime" /> · {talk.minutes} minutes · {TALK_STATUS_LABELS[talk.status]}
        {rhythm && <span data-testid="talk-rhythm"> · {rhythm}</span>}
      </p>
      <h1 className="font-serif text-3xl font-semibold break-words">
        <UserText>{talk.topic}</UserText>
      </h1>
    </header>
  );
}
