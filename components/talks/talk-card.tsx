import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { AnswerTalk, StartTalkButton, StopRepeatButton } from "@/components/talks/talk-forms";
import { UserText } from "@/components/ui/user-text";
import type { TalkView } from "@/lib/server/talks/read";
import { TALK_STATUS_LABELS, talkRhythm } from "@/lib/talks/labels";
import { formatInZone } from "@/lib/talks/zoned";

/** One talk in a list, with the answer a partner can give from there. */
export function TalkCard({ talk, viewerId, partnerName }: { talk: TalkView; viewerId: string; partnerName: string | null }) {
  const proposed = talk.status === "proposed";
  const mineToAnswer = proposed && (talk.awaitingId ? talk.awaitingId === viewerId : talk.proposedBy !== viewerId);
  const waitingForThem = proposed && !mineToAnswer;
  const passed = talk.passed;
  const rhythm = talk.status === "cancelled" ? "" : talkRhythm(talk.recurEveryDays);
  return (
    <li className="space-y-3 rounded-xl border border-line bg-white p-4" data-testid="talk">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm font-medium">
          <LocalTime iso={talk.startsAt.toISOString()} format="datetime" /> · {talk.minutes} min
        </p>
        <p className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-800" data-testid="talk-status">
          {TALK_STATUS_LABELS[talk.status]}
          {rhythm ? ` · ${rhythm}` : ""}
        </p>
      </div>
      <p className="font-semibold break-words">
        <Link href={`/app/talks/${talk.id}`} className="underline decoration-brand-600/40 hover:decoration-brand-600">
          <UserText>{talk.topic}</UserText>
        </Link>
      </p>
      <p className="text-xs text-muted">
        Set for {formatInZone(talk.startsAt, talk.timeZone)} ({talk.timeZone.replaceAll("_", " ")}) · proposed by{" "}
        {talk.proposedBy === viewerId ? "you" : <UserText>{talk.proposerName}</UserText>}
      </p>
      {proposed && passed ? (
        <p className="text-sm text-muted">This time has passed without an answer. Suggest another time, or call it off.</p>
      ) : (
        waitingForThem &&
        (partnerName ? (
          <p className="text-sm text-muted">
            Waiting for <UserText>{partnerName}</UserText> to accept or suggest another time.
          </p>
        ) : (
          <p className="text-sm text-muted">Your partner hasn't joined the workspace yet; they'll be asked once they do.</p>
        ))
      )}
      {(proposed || talk.status === "accepted") && (
        <AnswerTalk
          id={talk.id}
          canAccept={mineToAnswer && !passed}
          canSuggest={mineToAnswer || !proposed || passed}
          minutes={talk.minutes}
        />
      )}
      {talk.status === "accepted" && <StartTalkButton id={talk.id} />}
      {rhythm && talk.status !== "done" && (
        <div
          className="flex flex-wrap items-center justify-between gap-2 border-t border-line pt-3 text-sm text-muted"
          data-testid="talk-repeat"
        >
          <p>Repeats {rhythm}: ending this one plans the next, at the same time.</p>
          <StopRepeatButton id={talk.id} />
        </div>
      )}
      {talk.status === "live" && (
        <Link href={`/app/talks/${talk.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          Rejoin the talk in progress
        </Link>
      )}
    </li>
  );
}
