import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { StepBackLinks } from "@/components/safety/step-back-links";
import { requirePartner } from "@/lib/server/access";
import { guideHtml } from "@/lib/content/guides";

export const metadata: Metadata = { title: "Not sure you want to repair this?" };

export default async function NotSurePage() {
  await requirePartner();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Breadcrumbs current="Not sure?" />
      <h1 className="font-serif text-3xl font-semibold">Not sure you want to repair this?</h1>
      <div className="prose-mend max-w-prose" dangerouslySetInnerHTML={{ __html: guideHtml("not-sure") }} />
      <p className="text-sm">
        When you want to think about the decision itself, staying together and keeping building, or parting well:{" "}
        <Link href="/app/decision" className="text-brand-700 underline">
          Deciding what comes next
        </Link>
        .
      </p>
      <StepBackLinks />
    </div>
  );
}
