import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PartnerBoundaryProvider } from "@/components/entries/partner-boundary";
import { MaintenanceNotice } from "@/components/maintenance/maintenance-notice";
import { NotInMaintenanceCard } from "@/components/maintenance/not-in-maintenance";
import { ReminderCadenceSection } from "@/components/maintenance/reminder-cadence-section";
import { StateOfUsSection } from "@/components/maintenance/state-of-us-section";
import { RelapsePlanSection } from "@/components/maintenance/relapse-plan-section";
import { WhenTrustWobbles } from "@/components/maintenance/when-trust-wobbles";
import { DecisionLink } from "@/components/decision/decision-link";
import { requirePartner } from "@/lib/server/access";
import { readMaintenance, LAST_STAGE_SLUG } from "@/lib/server/maintenance/maintenance";
import { myCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { listStageEntries } from "@/lib/server/entries/read";
import { getCouple } from "@/lib/server/couples/couple";
import { nextRepeatingStateOfUs } from "@/lib/server/talks/read";
import { getStage } from "@/lib/content/stages";

export const metadata: Metadata = { title: "Maintenance" };

/** After the nine stages: what maintenance is, each partner's reminder cadence, and their relapse-prevention plan. */
export default async function MaintenancePage() {
  const ctx = await requirePartner();
  const [state, prefs, entries, couple, stateOfUs] = await Promise.all([
    readMaintenance(ctx),
    myCheckInPrefs(ctx),
    listStageEntries(ctx, LAST_STAGE_SLUG),
    getCouple(ctx),
    nextRepeatingStateOfUs(ctx),
  ]);
  const stage = getStage(LAST_STAGE_SLUG)!;
  const boundary = couple.partner?.sharedSince ? { partnerName: couple.partner.name, since: couple.partner.sharedSince } : null;

  return (
    <PartnerBoundaryProvider value={boundary}>
      <div className="space-y-8">
        <Breadcrumbs trail={[{ href: `/app/stages/${stage.slug}`, label: `Stage ${stage.number}` }]} current="Maintenance" />
        <header>
          <p className="text-sm font-medium text-brand-700">After the nine stages</p>
          <h1 className="mt-1 font-serif text-3xl font-semibold sm:text-4xl">Maintenance</h1>
          <p className="mt-2 max-w-prose text-lg text-muted">
            Trust that has been rebuilt still needs looking after. Maintenance is the long, quieter stretch after the stages: fewer
            reminders, a plan each of you keeps for your own early warning signs, and a way back into any stage when you need it.
          </p>
        </header>

        {state.since ? <MaintenanceNotice ctx={ctx} link={false} /> : <NotInMaintenanceCard lastStageNumber={stage.number} />}
        <ReminderCadenceSection inMaintenance={Boolean(state.since)} prefs={prefs} />
        <StateOfUsSection stateOfUs={stateOfUs} />
        <RelapsePlanSection stage={stage} entries={entries} viewerId={ctx.userId} />
        <WhenTrustWobbles />
        <DecisionLink />
      </div>
    </PartnerBoundaryProvider>
  );
}
