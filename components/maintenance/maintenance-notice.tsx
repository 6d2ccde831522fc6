import type { PartnerContext } from "@/lib/server/access";
import { readMaintenance } from "@/lib/server/maintenance/maintenance";
import { myTimeZone } from "@/lib/server/couples/members";
import { getStage } from "@/lib/content/stages";
import { formatMoment } from "@/lib/intl";
import { NoticePanel } from "@/components/ui/notice-panel";
import { TextLink } from "@/components/ui/text-link";

/**
 * The short, calm notice both partners see once the couple is in maintenance, and, after a stage is
 * reopened there, which stage is open again. It never says who reopened it: either of you may, and
 * going back is part of the work. Renders nothing before maintenance.
 */
export async function MaintenanceNotice({ ctx, link = true }: { ctx: PartnerContext; link?: boolean }) {
  const [state, timeZone] = await Promise.all([readMaintenance(ctx), myTimeZone(ctx)]);
  if (!state.since) return null;
  const reopened = state.reopenedStage ? getStage(state.reopenedStage) : undefined;
  return (
    <NoticePanel
      headingId="maintenance-notice-heading"
      title={reopened ? `Stage ${reopened.number} is open again` : "You're in maintenance"}
      testId="maintenance-notice"
    >
      {reopened ? (
        <p className="mt-1 text-muted" data-testid="reopened-notice">
          “{reopened.title}” has been reopened. Coming back to a stage when trust wobbles is a normal part of keeping it, not a step back,
          and it says nothing about whose fault anything is. For the next two weeks, check-in reminders come every day for both of you,
          until {formatMoment(state.dailyRemindersUntil!, timeZone)}.
        </p>
      ) : (
        <p className="mt-1 text-muted">
          Your workspace is in maintenance now. From here the work is quieter: looking after the trust you are still rebuilding, together.
          Check-in reminders can come less often, each of you can keep a plan for the early warning signs, and any stage can be reopened
          whenever you need it.
        </p>
      )}
      {link && (
        <p className="mt-2">
          <TextLink href="/app/maintenance">Open maintenance and your relapse-prevention plan</TextLink>
        </p>
      )}
    </NoticePanel>
  );
}
