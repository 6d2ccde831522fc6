import type { Metadata } from "next";
import { EarlierPartnerNote } from "@/components/couples/earlier-partner-note";
import Link from "next/link";
import { formatDistanceToNow } from "date-fns";
import { Card, EmptyState } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { JourneyList } from "@/components/journey/journey-list";
import { getStage, getStages } from "@/lib/content/stages";
import { requirePartner } from "@/lib/server/access";
import { getCouple } from "@/lib/server/couples/couple";
import { openInvite } from "@/lib/server/couples/invites";
import { coupleMembers } from "@/lib/server/couples/members";
import { countEntriesByStage } from "@/lib/server/entries/read";
import {
  partnerActivity,
  type ActivityItem,
  type AgreementAction,
  type CommitmentAction,
  type TalkingAction,
} from "@/lib/server/journey/activity";
import { agreementsDue } from "@/lib/server/agreements/read";
import { listCommitments } from "@/lib/server/commitments/read";
import { KeptRateChart } from "@/components/commitments/kept-rate-chart";
import { getProgress, nextSuggested } from "@/lib/server/journey/progress";
import { getTimeline, myToday } from "@/lib/server/checkins/read";
import { CheckInSummary } from "@/components/checkins/check-in-summary";
import { SIDE_LABELS } from "@/lib/validation/couple";
import { kindOf } from "@/lib/entries/kinds";
import { VERDICT_LABELS } from "@/lib/validation/entry";
import { safetyCheckStatus } from "@/lib/server/safety/read";
import { partnerDeparted } from "@/lib/server/departure/leave";
import { talkingSummary } from "@/lib/server/conversations/summary";
import { TalkingCard } from "@/components/talks/talking-card";
import { UserText } from "@/components/ui/user-text";
import { JOINT_STAGE_COUNT } from "@/lib/journey/move-on";
import { ResumeCard } from "@/components/onboarding/resume-card";

export const metadata: Metadata = { title: "Your journey" };

const AGREEMENT_WORDS: Record<AgreementAction, string> = {
  proposed: "proposed the agreement",
  amended: "proposed a change to",
  countered: "suggested a different wording for",
  accepted: "accepted",
  declined: "declined a version of",
  "retire-requested": "asked to retire",
  retired: "agreed to retire",
  "retire-declined": "chose to keep",
  reaffirmed: "reaffirmed",
};
const COMMITMENT_WORDS: Record<CommitmentAction, string> = {
  created: "made a commitment:",
  logged: "logged an occasion of",
  confirmed: "confirmed your log of",
  disputed: "would like to talk about your log of",
};

const TALKING_WORDS: Record<TalkingAction, string> = {
  "talk.proposed": "proposed a talk",
  "talk.rescheduled": "suggested another time for a talk",
  "talk.accepted": "accepted the time for a talk",
  "talk.cancelled": "called off a talk",
  "question.asked": "asked a question in your Q&A",
  "question.answered": "answered a question in your Q&A",
  "question.revised": "revised an answer in your Q&A",
  "question.held": "held a question for a therapy session",
  "trigger.logged": "logged a trigger",
  "trigger.replied": "replied to your trigger",
};

const hrefOf = (item: ActivityItem) =>
  item.type === "breach"
    ? "/app/settings#breach"
    : item.type === "agreement"
      ? `/app/agreements/${item.agreementId}`
      : item.type === "talking"
        ? item.href
        : `/app/stages/${item.stageSlug}`;

function describe(item: ActivityItem): React.ReactNode {
  if (item.type === "breach") return "The kind of breach was updated";
  if (item.type === "agreement")
    return (
      <>
        {AGREEMENT_WORDS[item.action]} “<UserText>{item.title}</UserText>”
      </>
    );
  if (item.type === "commitment")
    return (
      <>
        {COMMITMENT_WORDS[item.action]} “<UserText>{item.what}</UserText>”
      </>
    );
  if (item.type === "talking") return TALKING_WORDS[item.action];
  const stage = getStage(item.stageSlug);
  const where = stage ? `stage ${stage.number}, ${stage.title}` : "the journey";
  if (item.type === "stage") return item.action === "done" ? `marked their part of ${where} done` : `reopened ${where}`;
  if (item.type === "response") return `responded “${VERDICT_LABELS[item.verdict]}” in ${where}`;
  const exercise = stage?.exercises.find((e) => e.key === item.exerciseKey);
  const what = exercise ? `“${exercise.title}”` : kindOf(item.kind).noun;
  return `${item.edited ? "updated" : "shared"} ${what} in ${where}`;
}

export default async function DashboardPage() {
  const ctx = await requirePartner();
  const [couple, invite, progress, counts, activity, due, commitments, day, timeline, safety, departed, talking] = await Promise.all([
    getCouple(ctx),
    // The invite card shows only while the partner hasn't joined: no invite to look up otherwise.
    coupleMembers(ctx).then((members) => (members.length < 2 ? openInvite(ctx) : null)),
    getProgress(ctx),
    countEntriesByStage(ctx),
    partnerActivity(ctx),
    agreementsDue(ctx),
    listCommitments(ctx),
    myToday(ctx),
    getTimeline(ctx, 2),
    safetyCheckStatus(ctx),
    partnerDeparted(ctx),
    talkingSummary(ctx),
  ]);
  const stages = getStages();
  const suggested = nextSuggested(progress, ctx.userId);
  const suggestedStage = suggested ? getStage(suggested.slug) : undefined;
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
            : `${togetherCount} of the ${JOINT_STAGE_COUNT} stages you mark together are done. Reopen any of them whenever you need to.`}
        </p>
      </div>

      <ResumeCard ctx={ctx} />
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

      <section aria-labelledby="partners-heading" className="grid gap-4 sm:grid-cols-2">
        <h2 id="partners-heading" className="sr-only">
          Partners
        </h2>
        {couple.members.map((m) => (
          <Card key={m.userId} data-testid="partner-card" className="p-4 sm:p-5">
            <p className="text-sm text-muted">{m.isMe ? "You" : "Your partner"}</p>
            <p className="mt-1 text-lg font-semibold">
              <UserText>{m.name}</UserText>
            </p>
            {m.side !== "unsaid" && <p className="mt-1 text-sm text-muted">{SIDE_LABELS[m.side]}</p>}
          </Card>
        ))}
        {!couple.partner && (
          <Card className="border-dashed p-4 sm:p-5">
            <p className="text-sm text-muted">Your partner</p>
            <p className="mt-1 font-semibold">{invite ? "Invite sent, not yet joined" : "Not invited yet"}</p>
            <ButtonLink variant="secondary" className="mt-3" href="/app/settings#invite">
              {invite ? "Manage the invite" : "Invite your partner"}
            </ButtonLink>
          </Card>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="journey-heading" className="order-2 lg:order-1">
          <h2 id="journey-heading" className="mb-4 font-serif text-2xl font-semibold">
            The nine stages
          </h2>
          <p className="-mt-2 mb-4 text-sm text-muted">A suggested order, not a locked one. Open any stage whenever it fits.</p>
          <JourneyList
            stages={stages}
            progress={progress}
            counts={counts}
            me={couple.me}
            partner={couple.partner}
            suggestedSlug={suggested?.slug}
          />
        </section>

        <aside className="order-1 space-y-6 lg:order-2">
          {safety.due && (
            <Card className="border-brand-600 p-4 sm:p-5" data-testid="safety-check-due">
              <h2 className="font-semibold">A private safety check</h2>
              <p className="mt-1 text-sm text-muted">
                {safety.latest
                  ? "It's been four weeks: please take the short safety check again. Your answers are seen by you only."
                  : "Before your first joint exercise, please answer a few questions on your own. Your answers are seen by you only."}
              </p>
              <ButtonLink className="mt-3 w-full" href="/app/safety">
                Take the safety check
              </ButtonLink>
            </Card>
          )}
          {timeline && <CheckInSummary checkedInToday={Boolean(day.checkIn)} timeline={timeline} />}
          <TalkingCard summary={talking} />
          <Card className="p-4 sm:p-5">
            <h2 className="font-semibold">Next suggested step</h2>
            {suggestedStage ? (
              <>
                <p className="mt-2 text-sm text-brand-700">Stage {suggestedStage.number}</p>
                <p className="font-semibold">{suggestedStage.title}</p>
                <p className="mt-1 text-sm text-muted">{suggestedStage.purpose}</p>
                <ButtonLink className="mt-3 w-full" href={`/app/stages/${suggestedStage.slug}`}>
                  Open stage {suggestedStage.number}
                </ButtonLink>
              </>
            ) : (
              <p className="mt-2 text-sm text-muted">
                Every stage you mark together is marked done. Return to any of them whenever it helps.
              </p>
            )}
          </Card>

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

          <p className="text-sm">
            <Link href="/app/not-sure" className="text-brand-700 underline">
              Not sure you want to repair this?
            </Link>
          </p>

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
              <Link href="/app/stages/consistency" className="mt-2 inline-block text-sm text-brand-700 underline">
                Log or confirm on stage 4
              </Link>
            </Card>
          )}

          <section aria-labelledby="activity-heading">
            <h2 id="activity-heading" className="mb-3 font-semibold">
              {couple.partner ? (
                <>
                  <UserText>{couple.partner.name}</UserText>'s recent activity
                </>
              ) : (
                "Your partner's activity"
              )}
            </h2>
            {activity.length === 0 ? (
              <EmptyState title={couple.partner ? "Nothing shared yet" : "Your partner hasn't joined yet"}>
                {couple.partner
                  ? "When your partner shares an entry or marks a stage, it shows up here. Private entries never do."
                  : "Once they join with the invite link, what they share appears here."}
              </EmptyState>
            ) : (
              <ul className="space-y-2" data-testid="partner-activity">
                {activity.map((item, i) => (
                  <li key={i} className="rounded-xl border border-line bg-white p-3 text-sm">
                    <Link href={hrefOf(item)} className="hover:underline">
                      {/* The breach line names no one: it is the couple's choice, not a partner's act. */}
                      {couple.partner && item.type !== "breach" && (
                        <>
                          <UserText>{couple.partner.name}</UserText>{" "}
                        </>
                      )}
                      {describe(item)}
                    </Link>
                    <p className="text-xs text-muted">{formatDistanceToNow(item.at, { addSuffix: true })}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}
