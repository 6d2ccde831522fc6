import type { Metadata } from "next";
import { TextLink } from "@/components/ui/text-link";
import { Card } from "@/components/ui/card";
import { LogTriggerForm } from "@/components/triggers/trigger-forms";
import { TriggerLog } from "@/components/triggers/trigger-log";
import { TriggerPlans } from "@/components/triggers/trigger-plans";
import { TriggersGuide } from "@/components/triggers/triggers-guide";
import { FeaturePageHeader } from "@/components/stages/feature-page-header";
import { requirePartner } from "@/lib/server/access";
import { listTriggerPlans, listTriggers } from "@/lib/server/triggers/read";

export const metadata: Metadata = { title: "Trigger log" };

export default async function TriggersPage() {
  const ctx = await requirePartner();
  const [triggers, plans] = await Promise.all([listTriggers(ctx, { take: 100 }), listTriggerPlans(ctx)]);
  return (
    <div className="space-y-8">
      <FeaturePageHeader feature="triggers" title="Trigger log">
        <p className="max-w-prose text-muted">
          When something brings the hurt back, note it here. Your partner sees that it happened and how strong it was, and can answer with
          care. The weekly count shows on the <TextLink href="/app/timeline">trust timeline</TextLink>.
        </p>
      </FeaturePageHeader>

      <Card className="space-y-3">
        <h2 className="font-serif text-xl font-semibold">Log a trigger</h2>
        <LogTriggerForm />
      </Card>

      <TriggerLog triggers={triggers} viewerId={ctx.userId} />
      <TriggerPlans plans={plans} />
      <TriggersGuide />
    </div>
  );
}
