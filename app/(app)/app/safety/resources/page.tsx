import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePartner } from "@/lib/server/access";
import { guideHtml } from "@/lib/content/guides";

export const metadata: Metadata = { title: "Support resources" };

export default async function SafetyResourcesPage() {
  await requirePartner();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Breadcrumbs trail={[{ href: "/app/safety", label: "Safety" }]} current="Support resources" />
      <h1 className="font-serif text-3xl font-semibold">Support resources</h1>
      <div className="prose-mend max-w-prose" dangerouslySetInnerHTML={{ __html: guideHtml("safety-resources") }} />
    </div>
  );
}
