import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { CreateShareLinkForm } from "@/components/share/create-share-link-form";
import { ShareLinkList } from "@/components/share/share-link-list";
import { SettingsPageHeader } from "@/components/settings/settings-page-header";
import { requirePartner } from "@/lib/server/access";
import { listShareLinks } from "@/lib/server/share/links";

export const metadata: Metadata = { title: "Sharing with a therapist" };

export default async function SharingPage() {
  const ctx = await requirePartner();
  const links = await listShareLinks(ctx);
  return (
    <div className="space-y-8">
      <SettingsPageHeader title="Sharing with a therapist">
        <p className="mt-2 max-w-prose text-muted">
          If you're seeing a therapist, a private link lets them follow your journey between sessions without an account. They can read,
          never change anything, and never see what either of you kept private or shared only with each other. You both see every link and
          each time it was opened.
        </p>
      </SettingsPageHeader>

      <Card id="intake" className="scroll-mt-6">
        <h2 className="text-lg font-semibold">Before a first session</h2>
        <p className="mt-1 mb-4 max-w-prose text-sm text-muted">
          A therapist usually starts with what happened, who knows and where each of you stands. Each of you can answer that once, in an
          intake summary, choosing who sees each answer. A link shows it only when you tick “Intake summary”.
        </p>
        <ButtonLink variant="secondary" href="/app/settings/intake">
          Fill in your intake summary
        </ButtonLink>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Create a link</h2>
        <p className="mt-1 mb-5 text-sm text-muted">Make one link per therapist, so each can be switched off on its own.</p>
        <CreateShareLinkForm />
      </Card>

      <section aria-labelledby="links-heading" className="space-y-4">
        <div>
          <h2 id="links-heading" className="text-lg font-semibold">
            Your links
          </h2>
          <p className="mt-1 text-sm text-muted">Either of you can switch off any link; it stops working at once.</p>
        </div>
        <ShareLinkList links={links} />
      </section>
    </div>
  );
}
