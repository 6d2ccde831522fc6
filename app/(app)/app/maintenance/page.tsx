import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { ToolSection } from "@/components/stages/tools/tool-section";
import { PartnerBoundaryProvider } from "@/components/entries/partner-boundary";
import { CadenceForm } from "@/components/maintenance/cadence-form";
import { EnterMaintenanceButton } from "@/components/maintenance/enter-maintenance";
import { MaintenanceNotice } from "@/components/maintenance/maintenance-notice";
import { DecisionLink } from "@/components/decision/decision-link";
import { requirePartner } from "@/lib/server/access";
import { readMaintenance, LAST_STAGE_SLUG } from "@/lib/server/maintenance/maintenance";
import { myCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { listStageEntries } from "@/lib/server/entries/read";
import { entriesOf } from "@/lib/server/entries/serialize";
import { getCouple } from "@/lib/server/couples/couple";
import { nextRepeatingStateOfUs } from "@/lib/server/talks/read";
import { formatMoment } from "@/lib/intl";
import { talkRhythm, type TalkStatus } from "@/lib/talks/labels";
import { getStage } from "@/lib/content/stages";
import { KINDS, toolsOf } from "@/lib/entries/kinds";

export const metadata: Metadata = { title: "Maintenance" };

const STATE_OF_US_STATUS: Partial<Record<TalkStatus, string>> = {
  proposed: "It is waiting for an answer.",
  accepted: "You have both agreed to this time.",
  live: "It is in progress now.",
};

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
  const tool = toolsOf(LAST_STAGE_SLUG).find((t) => t.kind === KINDS["relapse-plan"].kind)!;
  const plans = entriesOf(entries, "relapse-plan");
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

        {state.since ? (
          <MaintenanceNotice ctx={ctx} link={false} />
        ) : (
          <Card className="space-y-3 p-4 sm:p-5" data-testid="not-in-maintenance">
            <h2 className="font-semibold">Not in maintenance yet</h2>
            <p className="text-sm text-muted">
              Maintenance begins by itself when you have both marked stage {stage.number} done. If you feel you are there already, either of
              you can say so. Nothing is lost: every stage stays open to you, and you can keep writing anywhere.
            </p>
            <EnterMaintenanceButton />
          </Card>
        )}

        <section aria-labelledby="cadence-heading" className="space-y-3">
          <h2 id="cadence-heading" className="font-serif text-2xl font-semibold">
            Check-in reminders
          </h2>
          <p className="max-w-prose text-sm text-muted">
            {state.since
              ? "In maintenance, reminders to check in can come less often. Choose what suits you; once a week is where everyone starts."
              : "Until you are in maintenance, reminders come every day. You can choose now how often they come afterwards; once a week is where everyone starts."}{" "}
            If a stage is reopened, reminders come every day again for two weeks, for both of you.
          </p>
          {!prefs.reminderEmail && (
            <p className="max-w-prose text-sm" data-testid="reminders-off">
              Reminder emails are off for you. You can switch them on in{" "}
              <Link href="/app/settings#check-ins" className="text-brand-700 underline">
                your check-in settings
              </Link>
              .
            </p>
          )}
          <Card className="p-4 sm:p-5">
            <CadenceForm cadence={prefs.reminderCadence} />
          </Card>
        </section>

        <section aria-labelledby="state-of-us-heading" className="space-y-3" data-testid="state-of-us">
          <h2 id="state-of-us-heading" className="font-serif text-2xl font-semibold">
            State of us
          </h2>
          {stateOfUs ? (
            <Card className="space-y-2 p-4 sm:p-5">
              <p>
                Your next “state of us” is on{" "}
                <strong className="font-semibold">
                  {formatMoment(stateOfUs.startsAt, stateOfUs.timeZone, { weekday: true, time: true })}
                </strong>{" "}
                <span className="text-sm text-muted">({stateOfUs.timeZone.replaceAll("_", " ")} time)</span>, and it repeats{" "}
                {talkRhythm(stateOfUs.recurEveryDays)}.
              </p>
              <p className="text-sm text-muted">
                {STATE_OF_US_STATUS[stateOfUs.status] ?? ""} Either of you can move it, call it off or stop it repeating from the talk
                itself.
              </p>
              <p className="text-sm">
                <Link href={`/app/talks/${stateOfUs.id}`} className="text-brand-700 underline">
                  Open the next “state of us”
                </Link>
              </p>
            </Card>
          ) : (
            <Card className="space-y-2 p-4 sm:p-5">
              <p className="max-w-prose text-sm text-muted">
                Every week or every two weeks, a short talk at a time that suits you both: what each of you appreciated, what went well, one
                thing that is bothering you, and what you each need until the next one. Ending one plans the next, and either of you can
                stop it repeating.
              </p>
              <p className="text-sm">
                <Link href="/app/talks?template=state-of-us&every=14#propose" className="text-brand-700 underline">
                  Plan a regular “state of us”
                </Link>
              </p>
            </Card>
          )}
        </section>

        <section aria-labelledby="plan-heading" className="space-y-3" id="relapse-plan">
          <h2 id="plan-heading" className="font-serif text-2xl font-semibold">
            Your relapse-prevention plan
          </h2>
          <p className="max-w-prose text-sm text-muted">
            Each of you writes your own, about yourself, never about your partner. Who can read it is yours to choose: only you, you and
            your partner, or your partner and a therapist link.
          </p>
          <ToolSection stage={stage} tool={tool} entries={plans} viewerId={ctx.userId} />
        </section>

        <section aria-labelledby="wobble-heading" className="space-y-2">
          <h2 id="wobble-heading" className="font-serif text-2xl font-semibold">
            When trust wobbles
          </h2>
          <p className="max-w-prose text-sm text-muted">
            A hard week, an anniversary, a message that brings it all back: setbacks are expected, and they are not failure. Either of you
            can reopen any stage from its page, and the other then sees, told plainly and without blame, which stage is open again.
          </p>
          <p className="text-sm">
            <Link href="/app" className="text-brand-700 underline">
              See all nine stages
            </Link>
          </p>
        </section>

        <DecisionLink />
      </div>
    </PartnerBoundaryProvider>
  );
}
