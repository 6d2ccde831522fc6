import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { SupportLineList } from "@/components/safety/support-lines";
import { requirePartner } from "@/lib/server/access";
import { guideHtml } from "@/lib/content/guides";
import { supportLines } from "@/lib/content/resources";

export const metadata: Metadata = { title: "Support resources" };

export default async function SafetyResourcesPage() {
  await requirePartner();
  const lines = supportLines();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Breadcrumbs trail={[{ href: "/app/safety", label: "Safety" }]} current="Support resources" />
      <h1 className="font-serif text-3xl font-semibold">Support resources</h1>
      <section aria-labelledby="danger-now" className="space-y-3">
        <h2 id="danger-now" className="text-xl font-semibold">
          If you are in danger now
        </h2>
        <div className="prose-mend max-w-prose" dangerouslySetInnerHTML={{ __html: lines.html }} />
        <SupportLineList regions={lines.regions} />
      </section>
      <div className="prose-mend max-w-prose" dangerouslySetInnerHTML={{ __html: guideHtml("safety-resources") }} />
    </div>
  );
}
