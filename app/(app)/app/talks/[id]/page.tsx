import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/card";
import { TalkCard } from "@/components/talks/talk-card";
import { TalkHeader } from "@/components/talks/talk-header";
import { LiveTalk } from "@/components/talks/live-talk";
import { HeldTalkStatus } from "@/components/talks/held-talk-status";
import { TalkNotes } from "@/components/talks/talk-notes";
import { TalkFollowUps } from "@/components/talks/talk-follow-ups";
import { requirePartner } from "@/lib/server/access";
import { getTalk } from "@/lib/server/talks/read";
import { getCouple } from "@/lib/server/couples/couple";
import { talkRhythm } from "@/lib/talks/labels";

export const metadata: Metadata = { title: "Talk" };

export default async function TalkPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePartner();
  const { id } = await params;
  const [talk, couple] = await Promise.all([getTalk(ctx, id), getCouple(ctx)]);
  if (!talk) notFound();
  const partnerName = couple.partner?.name ?? "Your partner";
  const started = talk.status === "live" || talk.status === "done";
  const rhythm = talk.status === "cancelled" ? "" : talkRhythm(talk.recurEveryDays);

  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[{ href: "/app/talks", label: "Talks" }]}
        current={talk.topic.length > 40 ? `${talk.topic.slice(0, 39)}…` : talk.topic}
      />
      <TalkHeader talk={talk} rhythm={rhythm} />

      {(talk.status === "proposed" || talk.status === "accepted") && (
        <ul>
          <TalkCard talk={talk} viewerId={ctx.userId} partnerName={couple.partner?.name ?? null} />
        </ul>
      )}
      {talk.status === "cancelled" && (
        <EmptyState title="This talk was called off">You can propose a new time on the talks page.</EmptyState>
      )}

      {talk.status === "live" && (
        <LiveTalk talk={talk} rhythm={rhythm} viewer={{ id: ctx.userId, name: ctx.name }} partnerName={partnerName} />
      )}
      {talk.status === "done" && <HeldTalkStatus endedAt={talk.endedAt} rhythm={rhythm} />}

      {started && (
        <div className="grid gap-6 lg:grid-cols-2">
          <TalkNotes talkId={talk.id} notes={talk.notes} partnerName={partnerName} />
          <TalkFollowUps talkId={talk.id} followUps={talk.followUps} />
        </div>
      )}
    </div>
  );
}
