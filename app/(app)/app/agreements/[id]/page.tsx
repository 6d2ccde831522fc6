import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { AgreementHeader } from "@/components/agreements/agreement-header";
import { AgreementReview } from "@/components/agreements/agreement-review";
import { ActiveVersionCard, PendingVersionCard } from "@/components/agreements/agreement-versions";
import { AmendAgreement } from "@/components/agreements/amend-agreement";
import { AgreementHistory } from "@/components/agreements/agreement-history";
import { requirePartner } from "@/lib/server/access";
import { getAgreement } from "@/lib/server/agreements/read";

export const metadata: Metadata = { title: "Agreement" };

export default async function AgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePartner();
  const agreement = await getAgreement(ctx, (await params).id);
  if (!agreement) notFound();
  const { active, pending } = agreement;
  const retired = agreement.status === "retired";
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/app/agreements", label: "Rules of the game" }]} />
      <AgreementHeader agreement={agreement} viewerId={ctx.userId} />
      {agreement.due && active && !retired && <AgreementReview agreement={agreement} active={active} viewerId={ctx.userId} />}
      {active && <ActiveVersionCard agreement={agreement} active={active} viewerId={ctx.userId} />}
      {pending && <PendingVersionCard agreement={agreement} pending={pending} viewerId={ctx.userId} />}
      {!retired && <AmendAgreement agreement={agreement} viewerId={ctx.userId} />}
      <AgreementHistory timeline={agreement.timeline} viewerId={ctx.userId} />
    </div>
  );
}
