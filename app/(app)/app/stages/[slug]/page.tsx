import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StageTools } from "@/components/stages/stage-tools";
import { getStage, getStages } from "@/lib/content/stages";
import { isAffair } from "@/lib/content/readers";
import { AffairSteps } from "@/components/stages/affair-steps";
import { requirePartner } from "@/lib/server/access";
import { PartnerBoundaryProvider } from "@/components/entries/partner-boundary";
import { getCouple } from "@/lib/server/couples/couple";
import { listStageEntries } from "@/lib/server/entries/read";
import { getProgress } from "@/lib/server/journey/progress";
import { checkInSummary } from "@/lib/server/check-ins/read";
import { listCommitments, startedCommitments } from "@/lib/server/commitments/read";
import { listAgreements } from "@/lib/server/agreements/read";
import { CommitmentsPanel } from "@/components/commitments/commitments-panel";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { TalkingItThroughTools } from "@/components/stages/talking-it-through-tools";
import { STAGE_FEATURES, stageHas } from "@/lib/content/stage-features";
import { AnniversaryCard } from "@/components/stages/anniversary-card";
import { readAnniversary } from "@/lib/server/couples/anniversary";
import { myCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { mailEnabled } from "@/lib/server/email/send";
import { localDateIn } from "@/lib/check-ins/dates";
import { anniversaryYears, daysUntilAnniversary, nextAnniversary } from "@/lib/journey/anniversary";
import { AfterTheStages } from "@/components/maintenance/after-the-stages";
import { DecisionLink } from "@/components/decision/decision-link";
import { StageHeader } from "@/components/stages/stage-header";
import { StageProgress } from "@/components/stages/stage-progress";
import { AboutThisStage } from "@/components/stages/about-this-stage";
import { TrustTimeline } from "@/components/stages/trust-timeline";
import { StageExercises } from "@/components/stages/stage-exercises";
import { RulesOfTheGame, TransparencyTemplate } from "@/components/stages/rules-of-the-game";
import { StageFooter } from "@/components/stages/stage-footer";

type Params = { params: Promise<{ slug: string }> };

// Validates every content file at build time: a malformed stage fails the build with its file name.
export function generateStaticParams() {
  return getStages().map((s) => ({ slug: s.slug }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const stage = getStage((await params).slug);
  return { title: stage ? `Stage ${stage.number}: ${stage.title}` : "Stage" };
}

export default async function StagePage({ params }: Params) {
  const ctx = await requirePartner();
  const { slug } = await params;
  const stage = getStage(slug);
  if (!stage) notFound();
  const [couple, entries, progress, commitments, agreements, started] = await Promise.all([
    getCouple(ctx),
    listStageEntries(ctx, stage.slug),
    getProgress(ctx),
    stageHas(stage.slug, "commitments") ? listCommitments(ctx) : null,
    stageHas(stage.slug, "agreements") ? listAgreements(ctx) : null,
    stageHas(stage.slug, "commitment-starters") ? startedCommitments(ctx) : null,
  ]);
  // What happened decides the affair-only text and exercises; unset or "rather not say" shows none.
  const { breach } = couple;
  const affair = isAffair(breach);
  const reportContact = started?.filter((s) => s.starter === "report-contact") ?? [];
  const checkIns = stageHas(stage.slug, "trust-timeline") ? await checkInSummary(ctx, 8) : null;
  const anniversary = stageHas(stage.slug, "anniversary") ? await anniversaryFor(ctx) : null;
  const mine = progress.find((p) => p.slug === stage.slug)!;

  // The partner joined after someone left: the author's older shared entries say they can't read them.
  const boundary = couple.partner?.sharedSince ? { partnerName: couple.partner.name, since: couple.partner.sharedSince } : null;

  return (
    <PartnerBoundaryProvider value={boundary}>
      <div className="space-y-8">
        <Breadcrumbs current={`Stage ${stage.number}`} />
        <StageHeader stage={stage} sharedSince={ctx.sharedSince} />
        <StageProgress mine={mine} me={couple.me} partner={couple.partner} />
        {stageHas(stage.slug, "after-the-stages") && <AfterTheStages ctx={ctx} />}
        {stageHas(stage.slug, "decision") && <DecisionLink />}
        <AboutThisStage body={stage.body} side={ctx.side} breach={breach} open={entries.length === 0} />
        <TalkingItThroughTools features={STAGE_FEATURES[stage.slug as keyof typeof STAGE_FEATURES]} />
        {checkIns && <TrustTimeline {...checkIns} />}
        {anniversary && <AnniversaryCard {...anniversary} />}
        <StageExercises stage={stage} breach={breach} entries={entries} viewerId={ctx.userId} side={ctx.side} />
        {stageHas(stage.slug, "commitment-starters") && affair && (
          <AffairSteps
            side={ctx.side}
            mine={reportContact.some((s) => s.ownerId === ctx.userId)}
            partners={reportContact.some((s) => s.ownerId !== ctx.userId)}
          />
        )}
        {commitments && <CommitmentsPanel commitments={commitments} viewerId={ctx.userId} />}
        {stageHas(stage.slug, "commitments") && <TransparencyTemplate side={ctx.side} breach={breach} />}
        {agreements && <RulesOfTheGame agreements={agreements} viewerId={ctx.userId} />}
        <section aria-label="Tools" className="space-y-4 empty:hidden">
          <StageTools stage={stage} entries={entries.filter((e) => !e.exerciseKey)} viewerId={ctx.userId} />
        </section>
        <StageFooter slug={stage.slug} />
      </div>
    </PartnerBoundaryProvider>
  );
}

/** Stage 3's anniversary card, counted in the reader's own time zone. */
async function anniversaryFor(ctx: Awaited<ReturnType<typeof requirePartner>>) {
  const [saved, prefs] = await Promise.all([readAnniversary(ctx), myCheckInPrefs(ctx)]);
  const today = localDateIn(prefs.timeZone);
  const next = saved.discoveredOn
    ? (() => {
        const day = nextAnniversary(saved.discoveredOn, today);
        return { day, inDays: daysUntilAnniversary(saved.discoveredOn, today), years: anniversaryYears(saved.discoveredOn, day) };
      })()
    : null;
  return { discoveredOn: saved.discoveredOn, next, remindMe: saved.remindMe, today, mailEnabled: mailEnabled() };
}
