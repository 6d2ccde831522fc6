import Link from "next/link";
import type { PartnerContext } from "@/lib/server/access";
import { readMaintenance } from "@/lib/server/maintenance/maintenance";
import { MaintenanceNotice } from "@/components/maintenance/maintenance-notice";

/** Stage 9's word on what comes after it: maintenance, explained before it starts and noticed once it has. */
export async function AfterTheStages({ ctx }: { ctx: PartnerContext }) {
  const state = await readMaintenance(ctx);
  if (state.since) return <MaintenanceNotice ctx={ctx} />;
  return (
    <section
      aria-labelledby="after-stages-heading"
      className="rounded-2xl border border-line bg-white p-4 text-sm sm:p-5"
      data-testid="after-the-stages"
    >
      <h2 id="after-stages-heading" className="font-semibold">
        After this stage
      </h2>
      <p className="mt-1 text-muted">
        When you have both marked this stage done, your workspace moves into maintenance: reminders can come less often, each of you keeps a
        plan for your own early warning signs, and any stage can be reopened when trust wobbles.
      </p>
      <p className="mt-2">
        <Link href="/app/maintenance" className="text-brand-700 underline">
          What maintenance is
        </Link>
      </p>
    </section>
  );
}
