import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card, EmptyState } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { ConvertFollowUp, FollowUpForm, LiveRefresh, StopRepeatButton, TalkNoteForm } from "@/components/talks/talk-forms";
import { TalkRunner } from "@/components/talks/talk-runner";
import { TalkCard } from "@/components/talks/talk-card";
import { UserText } from "@/components/ui/user-text";
import { requirePartner } from "@/lib/server/access";
import { getTalk } from "@/lib/server/talks/read";
import { getCouple } from "@/lib/server/couples/couple";
import { talkingItThroughContent } from "@/lib/content/talking-it-through";
import { talkSteps } from "@/lib/talks/steps";
import { TALK_STATUS_LABELS, talkRhythm } from "@/lib/talks/labels";
import { VISIBILITY_LABELS } from "@/lib/entries/labels";
import { stageHref } from "@/lib/content/stage-features";

export const metadata: Metadata = { title: "Talk" };

export default async function TalkPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePartner();
  const { id } = await params;
  const [talk, couple] = await Promise.all([getTalk(ctx, id), getCouple(ctx)]);
  if (!talk) notFound();
  const content = talkingItThroughContent();
  const steps = talkSteps(talk.template, content);
  const partnerName = couple.partner?.name ?? "Your partner";
  const proposerIsMe = talk.proposedBy === ctx.userId;
  const first = { name: proposerIsMe ? ctx.name : talk.proposerName, isMe: proposerIsMe };
  const second = { name: proposerIsMe ? partnerName : ctx.name, isMe: !proposerIsMe };
  const started = talk.status === "live" || talk.status === "done";
  const myNote = talk.notes.find((n) => n.isMine);
  const theirNote = talk.notes.find((n) => !n.isMine);
  const rhythm = talk.status === "cancelled" ? "" : talkRhythm(talk.recurEveryDays);

  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[{ href: "/app/talks", label: "Talks" }]}
        current={talk.topic.length > 40 ? `${talk.topic.slice(0, 39)}…` : talk.topic}
      />
      <header className="space-y-1">
        <p className="text-sm font-medium text-brand-700">
          <LocalTime iso={talk.startsAt.toISOString()} format="datetime" /> · {talk.minutes} minutes · {TALK_STATUS_LABELS[talk.status]}
          {rhythm && <span data-testid="talk-rhythm"> · {rhythm}</span>}
        </p>
        <h1 className="font-serif text-3xl font-semibold break-words">
          <UserText>{talk.topic}</UserText>
        </h1>
      </header>

      {(talk.status === "proposed" || talk.status === "accepted") && (
        <ul>
          <TalkCard talk={talk} viewerId={ctx.userId} partnerName={couple.partner?.name ?? null} />
        </ul>
      )}
      {talk.status === "cancelled" && (
        <EmptyState title="This talk was called off">You can propose a new time on the talks page.</EmptyState>
      )}

      {talk.status === "live" && (
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
      )}
      {talk.status === "done" && (
        <p className="rounded-lg bg-brand-50 p-3 text-sm" role="status">
          You held this talk
          {talk.endedAt ? (
            <>
              {" "}
              (ended <LocalTime iso={talk.endedAt.toISOString()} format="datetime" />)
            </>
          ) : null}
          . Thank you both.
          {rhythm && (
            <>
              {" "}
              It repeats {rhythm}: the next one is on the{" "}
              <Link href="/app/talks" className="text-brand-700 underline">
                talks page
              </Link>
              .
            </>
          )}
        </p>
      )}

      {started && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card className="space-y-3">
            <h2 className="font-serif text-xl font-semibold">Notes</h2>
            <TalkNoteForm id={talk.id} text={myNote?.text ?? ""} visibility={myNote?.visibility ?? "private"} />
            <div className="border-t border-line pt-3" data-testid="partner-note">
              <h3 className="text-sm font-semibold">
                <UserText>{partnerName}</UserText>'s notes
              </h3>
              {theirNote ? (
                <>
                  <p className="text-xs text-muted">{VISIBILITY_LABELS[theirNote.visibility].label}</p>
                  <p className="mt-1 text-sm whitespace-pre-wrap break-words">{theirNote.text}</p>
                </>
              ) : (
                <p className="text-sm text-muted">Nothing shared with you.</p>
              )}
            </div>
          </Card>
          <Card className="space-y-3">
            <h2 className="font-serif text-xl font-semibold">Follow-ups</h2>
            {talk.followUps.length === 0 ? (
              <p className="text-sm text-muted">Nothing agreed yet. Anything you both agreed to do goes here.</p>
            ) : (
              <ul className="space-y-3">
                {talk.followUps.map((f) => (
                  <li key={f.id} className="space-y-2 rounded-lg border border-line p-3" data-testid="follow-up">
                    <p className="break-words">
                      <UserText>{f.text}</UserText>
                    </p>
                    <p className="text-xs text-muted">
                      Added by <UserText>{f.authorName}</UserText>
                    </p>
                    {f.became === "commitment" ? (
                      <p className="text-sm">
                        Now a{" "}
                        <Link href={stageHref("commitments")} className="text-brand-700 underline">
                          commitment
                        </Link>
                        .
                      </p>
                    ) : f.became === "agreement" ? (
                      <p className="text-sm">
                        Proposed as an{" "}
                        <Link href={f.becameId ? `/app/agreements/${f.becameId}` : "/app/agreements"} className="text-brand-700 underline">
                          agreement
                        </Link>
                        .
                      </p>
                    ) : (
                      <ConvertFollowUp id={f.id} />
                    )}
                  </li>
                ))}
              </ul>
            )}
            <FollowUpForm id={talk.id} />
          </Card>
        </div>
      )}
    </div>
  );
}
