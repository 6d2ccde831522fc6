import type { PartnerContext } from "@/lib/server/access";
import { readMaintenance } from "@/lib/server/maintenance/maintenance";
import { MaintenanceNotice } from "@/components/maintenance/maintenance-notice";
import { NoticePanel } from "@/components/ui/notice-panel";
import { TextLink } from "@/components/ui/text-link";

/** Stage 9's word on what comes after it: maintenance, explained before it starts and noticed once it has. */
export async function AfterTheStages({ ctx }: { ctx: PartnerContext }) {
  const state = await readMaintenance(ctx);
  if (state.since) return <MaintenanceNotice ctx={ctx} />;
  return (
    <NoticePanel headingId="after-stages-heading" title="After this stage" testId="after-the-stages">
      <p className="mt-1 text-muted">
        When you have both marked this stage done, your workspace moves into maintenance: reminders can come less often, each of you keeps a
        plan for your own early warning signs, and any stage can be reopened when trust wobbles.
      </p>
      <p className="mt-2">
        <TextLink href="/app/maintenance">What maintenance is</TextLink>
      </p>
    </NoticePanel>
  );
}
