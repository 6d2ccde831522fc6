import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { LogTriggerForm } from "@/components/triggers/trigger-forms";
import { TriggerLog } from "@/components/triggers/trigger-log";
import { TriggerPlans } from "@/components/triggers/trigger-plans";
import { TriggersGuide } from "@/components/triggers/triggers-guide";
import { requirePartner } from "@/lib/server/access";
import { listTriggerPlans, listTriggers } from "@/lib/server/triggers/read";
import { stageCrumb } from "@/lib/content/stage-features";

export const metadata: Metadata = { title: "Trigger log" };

export default async function TriggersPage() {
  const ctx = await requirePartner();
  const [triggers, plans] = await Promise.all([listTriggers(ctx, { take: 100 }), listTriggerPlans(ctx)]);
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[stageCrumb("triggers")]} current="Trigger log" />
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Trigger log</h1>
        <p className="max-w-prose text-muted">
          When something brings the hurt back, note it here. Your partner sees that it happened and how strong it was, and can answer with
          care. The weekly count shows on the{" "}
          <Link href="/app/timeline" className="text-brand-700 underline">
            trust timeline
          </Link>
          .
        </p>
      </header>

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
