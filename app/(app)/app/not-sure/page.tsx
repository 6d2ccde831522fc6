import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
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
      <p className="text-sm">
        <Link href="/app/safety" className="text-brand-700 underline">
          Safety and pausing joint exercises
        </Link>{" "}
        ·{" "}
        <Link href="/app/safety/resources" className="text-brand-700 underline">
          Support resources
        </Link>{" "}
        ·{" "}
        <Link href="/app/settings#your-data" className="text-brand-700 underline">
          Your data: export, leave, delete
        </Link>
      </p>
    </div>
  );
}
