import type { Metadata } from "next";
import { SinceLastVisit } from "@/components/share/since-last-visit";
import { AgreementsSection } from "@/components/share/sections/agreements-section";
import { CheckInsSection } from "@/components/share/sections/check-ins-section";
import { CommitmentsSection } from "@/components/share/sections/commitments-section";
import { EntriesSection } from "@/components/share/sections/entries-section";
import { HeldQuestionsSection } from "@/components/share/sections/held-questions-section";
import { IntakeSection } from "@/components/share/sections/intake-section";
import { JourneySection } from "@/components/share/sections/journey-section";
import { NotIncludedNote } from "@/components/share/sections/not-included-note";
import { Section } from "@/components/share/sections/section";
import { ShareFooter, ShareHeader } from "@/components/share/sections/share-chrome";
import { JointPausedNote, ShareIntro } from "@/components/share/sections/share-intro";
import { TalksSection } from "@/components/share/sections/talks-section";
import { TriggersSection } from "@/components/share/sections/triggers-section";
import { requireShareAccess } from "@/lib/server/access";
import { getTherapistView } from "@/lib/server/share/therapist-view";
import { weeksParam } from "@/lib/validation/check-in";
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
  return (
    <div className="share-report min-h-dvh">
      <ShareHeader />
      <main id="main" className="mx-auto max-w-4xl space-y-10 px-4 py-8 sm:py-10">
        <ShareIntro view={view} />
        {view.jointPaused && <JointPausedNote />}
        <Section id="since" title="Since your last visit">
          <SinceLastVisit view={view} />
        </Section>
        {view.intake && <IntakeSection intake={view.intake} />}
        {view.progress && <JourneySection progress={view.progress} partners={view.partners} />}
        {view.checkIns && <CheckInsSection checkIns={view.checkIns} weeks={view.weeks} token={token} />}
        {view.entries && <EntriesSection entries={view.entries} />}
        {view.agreements && <AgreementsSection agreements={view.agreements} />}
        {view.commitments && <CommitmentsSection commitments={view.commitments} />}
        {view.talks && <TalksSection talks={view.talks} />}
        {view.heldQuestions && <HeldQuestionsSection questions={view.heldQuestions} />}
        {view.triggers && <TriggersSection triggers={view.triggers} />}
        <NotIncludedNote scope={view.scope} />
      </main>
      <ShareFooter therapistName={view.therapistName} />
    </div>
  );
}
