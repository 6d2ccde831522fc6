import type { Metadata } from "next";
import { EarlierPartnerNote } from "@/components/couples/earlier-partner-note";
import { exercisesFor, getStage } from "@/lib/content/stages";
import { requirePartner } from "@/lib/server/access";
import { getCouple } from "@/lib/server/couples/couple";
import { openInvite } from "@/lib/server/couples/invites";
import { coupleMembers } from "@/lib/server/couples/members";
import { noteVisit } from "@/lib/server/couples/visits";
import { entryOverview } from "@/lib/server/entries/read";
import { partnerFeed } from "@/lib/server/partner-feed";
import { listAgreements } from "@/lib/server/agreements/read";
import { listCommitments } from "@/lib/server/commitments/read";
import { getProgress, nextSuggested } from "@/lib/server/journey/progress";
import { checkInSummary } from "@/lib/server/check-ins/read";
import { CheckInSummary } from "@/components/check-ins/check-in-summary";
import { jointPaused, safetyCheckStatus } from "@/lib/server/safety/read";
import { partnerDeparted } from "@/lib/server/departure/leave";
import { talkingItThroughSummary } from "@/lib/server/talking-it-through";
import { TalkingItThroughCard } from "@/components/today/talking-it-through-card";
import { NextStepCard } from "@/components/today/next-step-card";
import { SinceLastVisit } from "@/components/today/partner-feed";
import { stepsFor } from "@/lib/today/next-step";
import type { AgreementSummary } from "@/lib/server/agreements/read";
import { ResumeCard } from "@/components/onboarding/resume-card";
import { MaintenanceNotice } from "@/components/maintenance/maintenance-notice";
import { CoupleHeading } from "@/components/dashboard/couple-heading";
import { PartnerDepartedNotice } from "@/components/dashboard/partner-departed-notice";
import { JourneySection } from "@/components/dashboard/journey-section";
import { RulesCard } from "@/components/dashboard/rules-card";
import { CommitmentsCard } from "@/components/dashboard/commitments-card";
import { PartnersSection } from "@/components/dashboard/partners-section";
import { NotSureLink } from "@/components/safety/not-sure-link";

export const metadata: Metadata = { title: "Today" };

/** Why an agreement waits for this partner, if it does: their partner's proposal, a retire request, a review. */
function waitingOn(a: AgreementSummary, me: string): "proposal" | "retire" | "review" | null {
  if (a.pending && a.pending.proposedBy !== me) return "proposal";
  if (a.retireRequestedBy && a.retireRequestedBy !== me) return "retire";
  return a.due ? "review" : null;
}

/** The agreements waiting for this partner, each with why, for the next step. */
function agreementsWaitingOn(agreements: AgreementSummary[], me: string) {
  return agreements.flatMap((a) => {
    const why = waitingOn(a, me);
    return why ? [{ id: a.id, title: (a.pending ?? a.active ?? a.head).title, why }] : [];
  });
}

export default async function DashboardPage() {
  const ctx = await requirePartner();
  const [couple, invite, progress, entries, feed, agreements, commitments, checkIns, safety, paused, departed, talking, since] =
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
  const suggested = nextSuggested(progress, ctx.userId);
  const suggestedStage = suggested ? getStage(suggested.slug) : undefined;
  const written = suggestedStage ? entries.exercisesWritten(suggestedStage.slug) : new Set<string>();
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
    agreements: agreementsWaitingOn(agreements, ctx.userId),
    stage: suggestedStage ? { stage: suggestedStage, exercises: exercisesFor(suggestedStage, couple.breach), written } : null,
    side: couple.me.side,
  });

  return (
    <div className="space-y-8">
      <CoupleHeading name={couple.name} progress={progress} />

      <ResumeCard ctx={ctx} />
      <MaintenanceNotice ctx={ctx} />
      <EarlierPartnerNote sharedSince={ctx.sharedSince} />

      {departed && <PartnerDepartedNotice />}

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <NextStepCard steps={steps} />
        <SinceLastVisit items={feed} since={since} partnerName={couple.partner?.name ?? null} />
      </div>

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <JourneySection progress={progress} counts={entries.counts} couple={couple} suggestedSlug={suggested?.slug} />

        <aside className="order-1 space-y-6 lg:order-2">
          <CheckInSummary checkedInToday={checkIns.checkedInToday} timeline={checkIns.timeline} />
          <TalkingItThroughCard summary={talking} />
          <RulesCard agreements={agreements} />
          {commitments.length > 0 && <CommitmentsCard commitments={commitments} userId={ctx.userId} />}
          <PartnersSection members={couple.members} partnerJoined={Boolean(couple.partner)} invited={Boolean(invite)} />

          <p className="text-sm">
            <NotSureLink />
          </p>
        </aside>
      </div>
    </div>
  );
}
