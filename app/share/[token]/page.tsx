import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/card";
import { PrintButton } from "@/components/share/print-button";
import { LocalTime } from "@/components/ui/local-time";
import { SharedEntryCard } from "@/components/share/shared-entry";
import { SinceLastVisit } from "@/components/share/since-last-visit";
import { IntakeAnswers } from "@/components/intake/intake-answers";
import { TherapistJourney } from "@/components/share/therapist-journey";
import { requireShareAccess } from "@/lib/server/access";
import { THERAPIST_ENTRY_LIMIT, getTherapistView } from "@/lib/server/share/therapist-view";
import { SHARE_SECTIONS, SHARE_SECTION_LABELS } from "@/lib/validation/share";
import { RangeLinks, TimelineView } from "@/components/check-ins/timeline-view";
import { weeksParam } from "@/lib/validation/check-in";
import { KeptRateChart } from "@/components/commitments/kept-rate-chart";
import { CATEGORY_LABELS } from "@/lib/validation/agreement";
import { CADENCE_LABELS } from "@/lib/validation/commitment";
import { QuestionCard } from "@/components/questions/question-card";
import { TriggerTable } from "@/components/triggers/trigger-table";
import { UserText, UserTextList } from "@/components/ui/user-text";
import { formatLocalDate } from "@/lib/check-ins/dates";
import { TALK_STATUS_LABELS } from "@/lib/talks/labels";
import "./print.css";

export const metadata: Metadata = {
  title: "Shared journey",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function TherapistViewPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ weeks?: string }>;
}) {
  const ctx = await requireShareAccess((await params).token);
  const { token } = await params;
  const view = await getTherapistView(ctx, { weeks: weeksParam((await searchParams).weeks) });
  const names = view.partners.length ? <UserTextList items={view.partners.map((p) => p.name)} /> : null;
  const left = SHARE_SECTIONS.filter((s) => !view.scope.includes(s));
  return (
    <div className="share-report min-h-dvh">
      <header className="share-chrome border-b border-line bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="font-serif text-xl font-semibold text-brand-800">Mend</p>
          <p className="flex items-center gap-2 rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800">
            <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6">
              <path d="M1.5 10s3-6 8.5-6 8.5 6 8.5 6-3 6-8.5 6-8.5-6-8.5-6Z" />
              <circle cx="10" cy="10" r="2.5" />
            </svg>
            Read-only view
          </p>
        </div>
      </header>

      <main id="main" className="mx-auto max-w-4xl space-y-10 px-4 py-8 sm:py-10">
        <div className="space-y-4">
          <div>
            <p className="text-sm font-medium text-brand-700">
              Shared with <UserText>{view.therapistName}</UserText>
            </p>
            <h1 className="mt-1 font-serif text-3xl font-semibold break-words">
              <UserText>{view.coupleName}</UserText>
            </h1>
            {names && <p className="mt-1 text-muted">{names}</p>}
          </div>
          <div role="note" className="rounded-xl border border-brand-600/30 bg-brand-50 p-4 text-sm leading-relaxed">
            <p>
              <strong className="font-semibold">You can read this page, not change it.</strong> It shows only what {names || "the couple"}{" "}
              chose to share with you, as it stands right now. Each visit is listed for them to see. This link works until{" "}
              <LocalTime iso={view.expiresAt.toISOString()} format="date" />, unless they switch it off sooner.
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <PrintButton />
            <p className="print-only text-sm">
              Printed from Mend on <LocalTime iso={new Date().toISOString()} /> · read-only copy for{" "}
              <UserText>{view.therapistName}</UserText>
            </p>
          </div>
        </div>

        {view.jointPaused && (
          <div
            role="note"
            className="rounded-xl border border-warm-700/30 bg-warm-100 p-4 text-sm leading-relaxed"
            data-testid="joint-paused"
          >
            <p>
              <strong className="font-semibold">Joint work is paused.</strong> One of the partners has paused the exercises they do
              together. Each can still work on their own. Mend doesn't say who paused it or why.
            </p>
          </div>
        )}

        <Section id="since" title="Since your last visit">
          <SinceLastVisit view={view} />
        </Section>

        {view.intake && (
          <Section
            id="intake"
            title="Intake summary"
            intro="Each partner answered on their own. Only answers a partner chose to share with a therapist appear; any question may be left unanswered."
          >
            {view.intake.length === 0 ? (
              <EmptyState title="No intake answers shared with you yet">
                When either partner marks an intake answer “Partner and therapist”, it appears here.
              </EmptyState>
            ) : (
              <div className="space-y-4">
                {view.intake.map((v) => (
                  <section
                    key={v.authorId}
                    aria-labelledby={`intake-${v.authorId}`}
                    className="print-break-avoid rounded-xl border border-line bg-white p-4"
                  >
                    <h3 id={`intake-${v.authorId}`} className="font-serif text-lg font-semibold">
                      <UserText>{v.authorName}</UserText>
                    </h3>
                    <IntakeAnswers answers={v.answers} />
                  </section>
                ))}
              </div>
            )}
          </Section>
        )}

        {view.progress && (
          <Section
            id="journey"
            title="Journey progress"
            intro="Each partner marks a stage done on their own; a stage is done together when both have."
          >
            <TherapistJourney progress={view.progress} partners={view.partners} />
          </Section>
        )}

        {view.checkIns && (
          <Section
            id="check-ins"
            title="Check-ins and the trust timeline"
            intro="Each partner's daily trust and closeness (0–10). Days without a check-in are gaps, not zeros. Notes appear only when saved for a therapist."
          >
            <RangeLinks weeks={view.weeks} base={`/share/${token}`} />
            <TimelineView data={view.checkIns} tableOpen headingLevel={3} />
          </Section>
        )}

        {view.entries && (
          <Section
            id="entries"
            title="Entries shared with you"
            intro="Only entries a partner chose to share with a therapist. Private entries and those shared only between the two of them never appear here."
          >
            {view.entries.groups.length === 0 ? (
              <EmptyState title="Nothing shared with you yet">
                When either partner saves an entry as “Partner and therapist”, it appears here, grouped by stage.
              </EmptyState>
            ) : (
              <div className="space-y-8">
                {view.entries.cut && (
                  <p role="note" className="text-sm text-muted">
                    Showing the newest {THERAPIST_ENTRY_LIMIT} entries (by their latest change). Older ones are not included here.
                  </p>
                )}
                {view.entries.groups.map((group) => (
                  <section key={group.slug} aria-labelledby={`stage-${group.slug}`} className="space-y-3">
                    <h3 id={`stage-${group.slug}`} className="font-serif text-lg font-semibold">
                      <span className="text-brand-700">Stage {group.number}</span> · {group.title}
                    </h3>
                    {group.entries.map((entry) => (
                      <SharedEntryCard key={entry.id} entry={entry} />
                    ))}
                  </section>
                ))}
              </div>
            )}
          </Section>
        )}

        {view.agreements && (
          <Section id="agreements" title="Rules of the game" intro="The agreements both partners have accepted, as they stand now.">
            {view.agreements.length === 0 ? (
              <EmptyState title="No agreements in force yet" />
            ) : (
              <ol className="space-y-3">
                {view.agreements.map((a) => (
                  <li key={a.id} className="print-break-avoid rounded-xl border border-line bg-white p-4">
                    <p className="text-xs font-medium text-brand-700">
                      {CATEGORY_LABELS[a.active.category]} · version {a.active.number}
                    </p>
                    <p className="mt-1 font-semibold break-words">
                      <UserText>{a.active.title}</UserText>
                    </p>
                    <p className="mt-1 text-sm whitespace-pre-wrap break-words">{a.active.text}</p>
                    {a.active.scope && <p className="mt-1 text-sm break-words">What is shared: {a.active.scope}</p>}
                  </li>
                ))}
              </ol>
            )}
          </Section>
        )}

        {view.commitments && (
          <Section
            id="commitments"
            title="Commitments"
            intro="Kept-rate counts kept occasions the other partner confirmed; disputed ones are left out and kept for the two of them to talk through."
          >
            {view.commitments.length === 0 ? (
              <EmptyState title="No commitments yet" />
            ) : (
              <ul className="space-y-3">
                {view.commitments.map((c) => (
                  <li key={c.id} className="print-break-avoid rounded-xl border border-line bg-white p-4">
                    <p className="text-xs font-medium text-brand-700">
                      <UserText>{c.ownerName}</UserText> · {CADENCE_LABELS[c.cadence]}
                    </p>
                    <p className="mt-1 font-semibold break-words">
                      <UserText>{c.what}</UserText>
                    </p>
                    <div className="mt-2 flex flex-wrap gap-6">
                      <KeptRateChart rate={c.rate4} label={c.what} />
                      <KeptRateChart rate={c.rate12} label={c.what} />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        )}

        {view.talks && (
          <Section
            id="talks"
            title="Talks"
            intro="The couple's planned and past talks. Only notes a partner saved for a therapist appear; private and partner-only notes never do."
          >
            {view.talks.upcoming.length + view.talks.past.length === 0 ? (
              <EmptyState title="No talks yet" />
            ) : (
              <ul className="space-y-3">
                {[...view.talks.upcoming, ...view.talks.past].map((t) => (
                  <li key={t.id} className="print-break-avoid rounded-xl border border-line bg-white p-4">
                    <p className="text-xs text-muted">
                      <LocalTime iso={t.startsAt.toISOString()} format="datetime" /> · {t.minutes} minutes · {TALK_STATUS_LABELS[t.status]}
                    </p>
                    <p className="mt-1 font-semibold break-words">
                      <UserText>{t.topic}</UserText>
                    </p>
                    {t.notes.map((n) => (
                      <div key={n.authorId} className="mt-2 rounded-lg bg-brand-50 p-3 text-sm">
                        <p className="text-xs text-muted">
                          <UserText>{n.authorName}</UserText>'s notes
                        </p>
                        <p className="mt-1 whitespace-pre-wrap break-words">{n.text}</p>
                      </div>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        )}

        {view.heldQuestions && (
          <Section
            id="held-questions"
            title="Questions held for a session"
            intro="Questions the couple chose to bring to a session rather than answer at home, with any written answers and every revision."
          >
            {view.heldQuestions.length === 0 ? (
              <EmptyState title="No questions held for a session" />
            ) : (
              <ul className="space-y-3">
                {view.heldQuestions.map((q) => (
                  <QuestionCard key={q.id} question={q} viewerId={null} />
                ))}
              </ul>
            )}
          </Section>
        )}

        {view.triggers && (
          <Section
            id="triggers"
            title="Trigger log"
            intro="How many times the hurt came back each week and how strong it felt (1 to 5). What happened stays between the partners; only notes saved for a therapist appear."
          >
            <TriggerTable
              unit="week"
              label="Triggers per week"
              rows={[...view.triggers.weeks]
                .reverse()
                .map((w) => ({ key: w.end, label: w.longLabel, count: w.count, average: w.average, strongest: w.strongest }))}
            />
            {view.triggers.shared.length > 0 && (
              <ul className="space-y-2">
                {view.triggers.shared.map((t) => (
                  <li key={t.id} className="print-break-avoid rounded-xl border border-line bg-white p-3 text-sm">
                    <p className="text-xs text-muted">
                      <UserText>{t.authorName}</UserText> · {formatLocalDate(t.localDate, { weekday: true })} · intensity {t.intensity} of 5
                    </p>
                    <p className="mt-1 whitespace-pre-wrap break-words">{t.note!.text}</p>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        )}

        {left.length > 0 && (
          <p className="text-sm text-muted">
            Not included in this link: {left.map((s) => SHARE_SECTION_LABELS[s].label.toLowerCase()).join(", ")}. The couple can create a
            new link if they'd like you to see more.
          </p>
        )}
      </main>

      <footer className="mx-auto max-w-4xl border-t border-line px-4 py-6 text-sm text-muted">
        <p>
          This page was made for <UserText>{view.therapistName}</UserText> alone. Please keep the link private and don't forward it.
        </p>
      </footer>
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <div>
        <h2 id={`${id}-heading`} className="font-serif text-2xl font-semibold">
          {title}
        </h2>
        {intro && <p className="mt-1 max-w-prose text-sm text-muted">{intro}</p>}
      </div>
      {children}
    </section>
  );
}
