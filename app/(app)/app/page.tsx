import type { Metadata } from "next";
import { EarlierPartnerNote } from "@/components/couples/earlier-partner-note";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { JourneyList } from "@/components/journey/journey-list";
import { exercisesFor, getStage, getStages } from "@/lib/content/stages";
import { requirePartner } from "@/lib/server/access";
import { getCouple } from "@/lib/server/couples/couple";
import { openInvite } from "@/lib/server/couples/invites";
import { coupleMembers } from "@/lib/server/couples/members";
import { noteVisit } from "@/lib/server/couples/visits";
import { entryOverview } from "@/lib/server/entries/read";
import { partnerFeed } from "@/lib/server/partner-feed";
import { listAgreements } from "@/lib/server/agreements/read";
import { listCommitments } from "@/lib/server/commitments/read";
import { KeptRateChart } from "@/components/commitments/kept-rate-chart";
import { getProgress, nextSuggested } from "@/lib/server/journey/progress";
import { checkInSummary } from "@/lib/server/check-ins/read";
import { CheckInSummary } from "@/components/check-ins/check-in-summary";
import { SIDE_LABELS } from "@/lib/validation/couple";
import { jointPaused, safetyCheckStatus } from "@/lib/server/safety/read";
import { partnerDeparted } from "@/lib/server/departure/leave";
import { talkingItThroughSummary } from "@/lib/server/talking-it-through";
import { TalkingItThroughCard } from "@/components/today/talking-it-through-card";
import { UserText } from "@/components/ui/user-text";
import { JOINT_STAGE_COUNT } from "@/lib/journey/move-on";
import { NextStepCard } from "@/components/today/next-step-card";
import { SinceLastVisit } from "@/components/today/partner-feed";
import { stepsFor } from "@/lib/today/next-step";
import type { AgreementSummary } from "@/lib/server/agreements/read";
import { ResumeCard } from "@/components/onboarding/resume-card";
import { MaintenanceNotice } from "@/components/maintenance/maintenance-notice";
import { stageHref } from "@/lib/content/stage-features";

export const metadata: Metadata = { title: "Today" };

/** Why an agreement waits for this partner, if it does: their partner's proposal, a retire request, a review. */
function waitingOn(a: AgreementSummary, me: string): "proposal" | "retire" | "review" | null {
  if (a.pending && a.pending.proposedBy !== me) return "proposal";
  if (a.retireRequestedBy && a.retireRequestedBy !== me) return "retire";
  return a.due ? "review" : null;
}

export default async function DashboardPage() {
  const ctx = await requirePartner();
  const [couple, invite, progress, entries, activity, agreements, commitments, checkIns, safety, paused, departed, talking, since] =
    await Promise.all([
      getCouple(ctx),
      // The invite matters only while the partner hasn't joined: no invite to look up otherwise.
      coupleMembers(ctx).then((members) => (members.length < 2 ? openInvite(ctx) : null)),
      getProgress(ctx),
      entryOverview(ctx),
      partnerFeed(ctx),
      listAgreements(ctx),
      listCommitments(ctx),
      checkInSummary(ctx, 2),
      safetyCheckStatus(ctx),
      jointPaused(ctx),
      partnerDeparted(ctx),
      talkingItThroughSummary(ctx),
      noteVisit(ctx),
    ]);
  const stages = getStages();
  const suggested = nextSuggested(progress, ctx.userId);
  const suggestedStage = suggested ? getStage(suggested.slug) : undefined;
  const written = suggestedStage ? entries.exercisesWritten(suggestedStage.slug) : new Set<string>();
  const due = agreements.filter((a) => a.due);
  const steps = stepsFor({
    now: new Date(),
    paused,
    safety: { due: safety.due, first: !safety.latest },
    partnerJoined: Boolean(couple.partner),
    inviteOpen: Boolean(invite),
    checkedInToday: checkIns.checkedInToday,
    nextTalk: talking.nextTalk,
    talksToAnswer: talking.talksToAnswer,
    questionsToAnswer: talking.questionsToAnswer,
    triggersToReply: talking.triggersToReply,
    agreements: agreements.flatMap((a) => {
      const why = waitingOn(a, ctx.userId);
      return why ? [{ id: a.id, title: (a.pending ?? a.active ?? a.head).title, why }] : [];
    }),
    stage: suggestedStage ? { stage: suggestedStage, exercises: exercisesFor(suggestedStage, couple.breach), written } : null,
    side: couple.me.side,
  });
  // Stage 8 is never counted: its mark is the hurt partner's own choice, not joint progress (decision 012).
  const togetherCount = progress.filter((p) => p.joint === "done-together").length;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold">
          <UserText>{couple.name}</UserText>
        </h1>
        <p className="mt-1 text-muted">
          {togetherCount === 0
            ? "Take it one step at a time. Nothing here has a deadline."
            : `${togetherCount} of the ${JOINT_STAGE_COUNT} stages you mark together ${togetherCount === 1 ? "is" : "are"} done. Reopen any of them whenever you need to.`}
        </p>
      </div>

      <ResumeCard ctx={ctx} />
      <MaintenanceNotice ctx={ctx} />
      <EarlierPartnerNote sharedSince={ctx.sharedSince} />

      {departed && (
        <div role="status" data-testid="partner-departed" className="rounded-2xl border border-line bg-white p-4 text-sm sm:p-5">
          <p className="font-medium">Your partner is no longer part of this workspace.</p>
          <p className="mt-1 text-muted">
            Everything you wrote stays here, for you. You can invite someone again, or leave and start a new workspace, from{" "}
            <Link href="/app/settings#your-data" className="text-brand-700 underline">
              your settings
            </Link>
            .
          </p>
        </div>
      )}

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <NextStepCard steps={steps} />
        <SinceLastVisit items={activity} since={since} partnerName={couple.partner?.name ?? null} />
      </div>

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="journey-heading" className="order-2 lg:order-1">
          <h2 id="journey-heading" className="mb-4 scroll-mt-24 font-serif text-2xl font-semibold">
            The nine stages
          </h2>
          <p className="-mt-2 mb-4 text-sm text-muted">A suggested order, not a locked one. Open any stage whenever it fits.</p>
          <JourneyList
            stages={stages}
            progress={progress}
            counts={entries.counts}
            me={couple.me}
            partner={couple.partner}
            suggestedSlug={suggested?.slug}
          />
        </section>

        <aside className="order-1 space-y-6 lg:order-2">
          <CheckInSummary checkedInToday={checkIns.checkedInToday} timeline={checkIns.timeline} />
          <TalkingItThroughCard summary={talking} />

          <Card className="p-4 sm:p-5" data-testid="rules-card">
            <h2 className="font-semibold">Rules of the game</h2>
            {due.length === 0 ? (
              <p className="mt-2 text-sm text-muted">Nothing is due for review.</p>
            ) : (
              <ul className="mt-2 space-y-1 text-sm" data-testid="agreements-due">
                {due.map((a) => (
                  <li key={a.id}>
                    <Link href={`/app/agreements/${a.id}`} className="text-brand-700 underline">
                      Time to review “<UserText>{(a.active ?? a.head).title}</UserText>”
                    </Link>{" "}
                    <span className="text-muted">(reaffirm or amend)</span>
                  </li>
                ))}
              </ul>
            )}
            <ButtonLink variant="secondary" className="mt-3 w-full" href="/app/agreements">
              Open the agreements
            </ButtonLink>
          </Card>

          {commitments.length > 0 && (
            <Card className="p-4 sm:p-5" data-testid="commitments-card">
              <h2 className="font-semibold">Commitments</h2>
              <ul className="mt-2 space-y-3">
                {commitments.map((c) => (
                  <li key={c.id} className="text-sm">
                    <p className="break-words">
                      <span className="text-muted">{c.ownerId === ctx.userId ? "You" : <UserText>{c.ownerName}</UserText>}:</span>{" "}
                      <UserText>{c.what}</UserText>
                    </p>
                    <KeptRateChart rate={c.rate4} label={c.what} />
                  </li>
                ))}
              </ul>
              <Link href={stageHref("commitments", "commitments")} className="mt-2 inline-block text-sm text-brand-700 underline">
                Log or confirm on stage 4
              </Link>
            </Card>
          )}

          <section aria-labelledby="partners-heading" className="space-y-3">
            <h2 id="partners-heading" className="font-semibold">
              The two of you
            </h2>
            {couple.members.map((m) => (
              <Card key={m.userId} data-testid="partner-card" className="p-4">
                <p className="text-sm text-muted">{m.isMe ? "You" : "Your partner"}</p>
                <p className="mt-1 font-semibold">
                  <UserText>{m.name}</UserText>
                </p>
                {m.side !== "unsaid" && <p className="mt-1 text-sm text-muted">{SIDE_LABELS[m.side]}</p>}
              </Card>
            ))}
            {!couple.partner && (
              <Card className="border-dashed p-4">
                <p className="text-sm text-muted">Your partner</p>
                <p className="mt-1 font-semibold">{invite ? "Invite sent, not yet joined" : "Not invited yet"}</p>
              </Card>
            )}
          </section>

          <p className="text-sm">
            <Link href="/app/not-sure" className="text-brand-700 underline">
              Not sure you want to repair this?
            </Link>
          </p>
        </aside>
      </div>
    </div>
  );
}
