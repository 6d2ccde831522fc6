import { LiveRefresh, StopRepeatButton } from "@/components/talks/talk-forms";
import { TalkRunner } from "@/components/talks/talk-runner";
import type { TalkView } from "@/lib/server/talks/read";
import { talkingItThroughContent } from "@/lib/content/talking-it-through";
import { talkSteps } from "@/lib/talks/steps";

/** A talk under way: the guided steps, the proposer speaking first, and a way to stop it repeating. */
export function LiveTalk({
  talk,
  rhythm,
  viewer,
  partnerName,
}: {
  talk: TalkView;
  rhythm: string;
  viewer: { id: string; name: string };
  partnerName: string;
}) {
  const content = talkingItThroughContent();
  const steps = talkSteps(talk.template, content);
  const proposerIsMe = talk.proposedBy === viewer.id;
  const first = { name: proposerIsMe ? viewer.name : talk.proposerName, isMe: proposerIsMe };
  const second = { name: proposerIsMe ? partnerName : viewer.name, isMe: !proposerIsMe };
  return (
    <>
      <LiveRefresh />
      {rhythm && (
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted" data-testid="talk-repeat">
          <p>Repeats {rhythm}: ending this one plans the next, at the same time.</p>
          <StopRepeatButton id={talk.id} />
        </div>
      )}
      <TalkRunner
        id={talk.id}
        step={Math.min(talk.step, steps.length - 1)}
        steps={steps}
        first={first}
        second={second}
        pausedAt={talk.pausedAt?.toISOString() ?? null}
        turns={content.turns}
      />
    </>
  );
}
