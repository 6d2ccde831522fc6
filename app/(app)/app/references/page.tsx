import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePartner } from "@/lib/server/access";
import { guideHtml } from "@/lib/content/guides";

export const metadata: Metadata = { title: "Where these ideas come from" };

// Signed-in like the other guides: it is read beside the stages, and a public page would say what
// kind of app this is to anyone who finds the address.
export default async function ReferencesPage() {
  await requirePartner();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Breadcrumbs current="Where these ideas come from" />
      <h1 className="font-serif text-3xl font-semibold">Where these ideas come from</h1>
      <div className="prose-mend max-w-prose" dangerouslySetInnerHTML={{ __html: guideHtml("references") }} />
      <p className="text-sm">
        <Link href="/app/stages/professional-help" className="text-brand-700 underline">
          Finding a therapist (stage 6)
        </Link>{" "}
        ·{" "}
        <Link href="/app/safety/resources" className="text-brand-700 underline">
          Support resources
        </Link>
      </p>
    </div>
  );
}
