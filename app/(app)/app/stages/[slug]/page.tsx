import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExerciseSection } from "@/components/stages/exercise-section";
import { ProgressPanel } from "@/components/stages/progress-panel";
import { StageTools } from "@/components/stages/stage-tools";
import { STAGE_SLUGS, exercisesFor, getStage, getStages } from "@/lib/content/stages";
import { inBreachGroup, isAffair } from "@/lib/content/readers";
import { AffairSteps, TemplateLink } from "@/components/stages/affair-steps";
import { AUDIENCE_LABELS } from "@/lib/entries/labels";
import { requirePartner } from "@/lib/server/access";
import { EarlierPartnerNote } from "@/components/couples/earlier-partner-note";
import { PartnerBoundaryProvider } from "@/components/entries/partner-boundary";
import { getCouple } from "@/lib/server/couples/couple";
import { listStageEntries } from "@/lib/server/entries/read";
import { entriesOf } from "@/lib/server/entries/serialize";
import { LetterReplies } from "@/components/stages/letter-replies";
import { getProgress } from "@/lib/server/journey/progress";
import { CheckInSummary } from "@/components/check-ins/check-in-summary";
import { checkInSummary } from "@/lib/server/check-ins/read";
import { listCommitments, startedCommitments } from "@/lib/server/commitments/read";
import { listAgreements } from "@/lib/server/agreements/read";
import { CommitmentsPanel } from "@/components/commitments/commitments-panel";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { ButtonLink } from "@/components/ui/button";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { TalkingItThroughTools } from "@/components/stages/talking-it-through-tools";
import { STAGE_FEATURES, stageHas } from "@/lib/content/stage-features";
import { StageGuidance } from "@/components/stages/stage-guidance";
import { AnniversaryCard } from "@/components/stages/anniversary-card";
import { readAnniversary } from "@/lib/server/couples/anniversary";
import { myCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { mailEnabled } from "@/lib/server/email/send";
import { localDateIn } from "@/lib/check-ins/dates";
import { anniversaryYears, daysUntilAnniversary, nextAnniversary } from "@/lib/journey/anniversary";
import { MoveOnNotYours, MoveOnPanel } from "@/components/stages/move-on-panel";
import { AfterTheStages } from "@/components/maintenance/after-the-stages";
import { DecisionLink } from "@/components/decision/decision-link";
import { isJointStage, mayHoldMoveOn } from "@/lib/journey/move-on";

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
  // Impact letters and the replies under them (stage 2).
  const replyExercise = stage.exercises.find((e) => e.kind === "letter-reply");
  const letterIds = new Set(entriesOf(entries, "impact-letter").map((e) => e.id));
  const sharedLetters = entriesOf(entries, "impact-letter").filter((e) => e.authorId !== ctx.userId).length;
  const replies = entriesOf(entries, "letter-reply");
  const index = STAGE_SLUGS.indexOf(stage.slug as (typeof STAGE_SLUGS)[number]);
  const prev = getStage(STAGE_SLUGS[index - 1] ?? "");
  const next = getStage(STAGE_SLUGS[index + 1] ?? "");

  // The partner joined after someone left: the author's older shared entries say they can't read them.
  const boundary = couple.partner?.sharedSince ? { partnerName: couple.partner.name, since: couple.partner.sharedSince } : null;

  return (
    <PartnerBoundaryProvider value={boundary}>
      <div className="space-y-8">
        <Breadcrumbs current={`Stage ${stage.number}`} />
        <header>
          <p className="text-sm font-medium text-brand-700">
            Stage {stage.number} of 9 · mainly for {AUDIENCE_LABELS[stage.mainlyFor]}
          </p>
          <h1 className="mt-1 font-serif text-3xl font-semibold sm:text-4xl">{stage.title}</h1>
          <p className="mt-2 max-w-prose text-lg text-muted">{stage.purpose}</p>
          <EarlierPartnerNote sharedSince={ctx.sharedSince} className="mt-3" />
          {stageHas(stage.slug, "not-sure") && (
            <p className="mt-2 text-sm">
              <Link href="/app/not-sure" className="text-brand-700 underline">
                Not sure you want to repair this?
              </Link>
            </p>
          )}
        </header>

        {mine.joint !== null ? (
          <ProgressPanel
            slug={stage.slug}
            meDone={mine.doneBy.some((d) => d.userId === ctx.userId)}
            partnerName={couple.partner?.name ?? null}
            partnerDone={Boolean(couple.partner && mine.doneBy.some((d) => d.userId === couple.partner!.userId))}
            joint={mine.joint}
          />
        ) : !isJointStage(stage.slug) && mayHoldMoveOn(couple.me.side, couple.partner?.side ?? null) ? (
          // Stage 8: the choice to move on belongs to the partner who was hurt (decision 012).
          <MoveOnPanel chosenAt={mine.doneBy.find((d) => d.userId === ctx.userId)?.doneAt ?? null} />
        ) : (
          <MoveOnNotYours partnerName={couple.partner?.name ?? null} />
        )}

        {stageHas(stage.slug, "after-the-stages") && <AfterTheStages ctx={ctx} />}
        {stageHas(stage.slug, "decision") && <DecisionLink />}

        <details className="group rounded-2xl border border-line bg-white p-5 sm:p-8" open={entries.length === 0}>
          <summary className="cursor-pointer font-serif text-xl font-semibold">About this stage</summary>
          <div className="mt-4">
            <StageGuidance body={stage.body} side={ctx.side} breach={breach} />
          </div>
        </details>

        <TalkingItThroughTools features={STAGE_FEATURES[stage.slug as keyof typeof STAGE_FEATURES]} />

        {checkIns && (
          <section aria-labelledby="timeline-heading" className="space-y-3">
            <h2 id="timeline-heading" className="font-serif text-2xl font-semibold">
              Your trust timeline
            </h2>
            <CheckInSummary checkedInToday={checkIns.checkedInToday} timeline={checkIns.timeline} headingLevel={3} />
          </section>
        )}

        {anniversary && <AnniversaryCard {...anniversary} />}

        <section aria-labelledby="exercises-heading" className="space-y-4">
          <h2 id="exercises-heading" className="font-serif text-2xl font-semibold">
            Exercises
          </h2>
          {exercisesFor(stage, breach).map((exercise) => (
            <ExerciseSection
              key={exercise.key}
              stageSlug={stage.slug}
              exercise={exercise}
              // A reply is shown under its letter; here only the ones whose letter is no longer shared.
              entries={entries.filter(
                (e) => e.exerciseKey === exercise.key && !(e.kind === "letter-reply" && letterIds.has(e.body.letterId)),
              )}
              viewerId={ctx.userId}
              side={ctx.side}
              afterEntry={
                replyExercise && exercise.kind === "impact-letter"
                  ? (letter) => (
                      <LetterReplies
                        letter={letter}
                        replies={replies.filter((r) => r.body.letterId === letter.id)}
                        exercise={replyExercise}
                        viewerId={ctx.userId}
                      />
                    )
                  : undefined
              }
              formNote={
                exercise.kind === "letter-reply"
                  ? sharedLetters > 0
                    ? "Write your reply under the letter it answers, above."
                    : "When your partner shares a letter about the impact with you, it appears above, with a place for your reply under it."
                  : undefined
              }
            />
          ))}
        </section>

        {stageHas(stage.slug, "commitment-starters") && affair && (
          <AffairSteps
            side={ctx.side}
            mine={reportContact.some((s) => s.ownerId === ctx.userId)}
            partners={reportContact.some((s) => s.ownerId !== ctx.userId)}
          />
        )}

        {commitments && <CommitmentsPanel commitments={commitments} viewerId={ctx.userId} />}

        {/* The drafts speak as the partner who offers the openness, so they are linked for that side. */}
        {stageHas(stage.slug, "commitments") && ctx.side !== "hurt" && (affair || inBreachGroup(breach, "money")) && (
          <p className="text-sm" data-testid="transparency-template">
            {affair ? (
              <TemplateLink template="transparency" label="Start from a transparency agreement in the rules of the game" />
            ) : (
              <TemplateLink template="hidden-money" label="Start from an agreement about openness with money" />
            )}
          </p>
        )}

        {agreements && (
          <section aria-labelledby="rules-heading" className="space-y-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <h2 id="rules-heading" className="font-serif text-2xl font-semibold">
                Rules of the game
              </h2>
              <ButtonLink href="/app/agreements">Open the rules of the game</ButtonLink>
            </div>
            {agreements.filter((a) => a.status === "active" || a.status === "proposed").length === 0 ? (
              <p className="text-sm text-muted">No agreements yet. Propose the first one on the rules-of-the-game page.</p>
            ) : (
              <ul className="space-y-3">
                {agreements
                  .filter((a) => a.status === "active" || a.status === "proposed")
                  .map((a) => (
                    <AgreementCard key={a.id} agreement={a} viewerId={ctx.userId} />
                  ))}
              </ul>
            )}
          </section>
        )}

        <section aria-label="Tools" className="space-y-4 empty:hidden">
          <StageTools stage={stage} entries={entries.filter((e) => !e.exerciseKey)} viewerId={ctx.userId} />
        </section>

        <p className="border-t border-line pt-6 text-sm text-muted">
          <Link href="/app/references" className="text-brand-700 underline">
            Where these ideas come from
          </Link>
          : the research and the honest limits behind the nine stages.
        </p>

        <nav aria-label="Stages" className="flex flex-wrap justify-between gap-3 text-sm">
          {prev ? (
            <Link className="text-brand-700 underline" href={`/app/stages/${prev.slug}`}>
              ← Stage {prev.number}: {prev.title}
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link className="text-brand-700 underline" href={`/app/stages/${next.slug}`}>
              Stage {next.number}: {next.title} →
            </Link>
          )}
        </nav>
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
