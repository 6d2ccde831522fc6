import type { Metadata } from "next";
import { Card, EmptyState } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { requirePartner } from "@/lib/server/access";
import { listAgreements } from "@/lib/server/agreements/read";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { agreementTemplate, dayAfter } from "@/lib/agreements/templates";
import { stageCrumb } from "@/lib/content/stage-features";

export const metadata: Metadata = { title: "Rules of the game" };

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<{ template?: string | string[] }> }) {
  const ctx = await requirePartner();
  const [agreements, { template: key }] = await Promise.all([listAgreements(ctx), searchParams]);
  // A starting draft linked from a stage (?template=transparency); an unknown key is ignored.
  const template = agreementTemplate(key);
  const open = agreements.filter((a) => a.status === "active" || a.status === "proposed");
  const closed = agreements.filter((a) => a.status === "declined" || a.status === "retired");
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[stageCrumb("agreements")]} current="Rules of the game" />
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold">Rules of the game</h1>
          <p className="mt-1 max-w-prose text-muted">
            One of you proposes, the other accepts: only then is an agreement in force. Changes and retirements need you both too, and every
            version stays in the history.
          </p>
        </div>
        <ButtonLink variant="secondary" href="/app/agreements/print">
          Printable page
        </ButtonLink>
      </header>

      <section aria-labelledby="current-heading" className="space-y-3">
        <h2 id="current-heading" className="font-serif text-2xl font-semibold">
          Current and proposed
        </h2>
        {open.length === 0 ? (
          <EmptyState title="No agreements yet">
            Start with one that matters most right now. A few clear ones are better than many vague ones.
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {open.map((a) => (
              <AgreementCard key={a.id} agreement={a} viewerId={ctx.userId} />
            ))}
          </ul>
        )}
      </section>

      <Card id="propose" className="scroll-mt-6">
        <h2 className="font-serif text-xl font-semibold">Propose an agreement</h2>
        <p className="mt-1 mb-4 text-sm text-muted">
          Your partner sees it and can accept it, decline it with a reason, or suggest a change.
        </p>
        {template && (
          <p className="mb-4 rounded-lg bg-brand-50 p-3 text-sm" data-testid="template-note">
            {template.note}
          </p>
        )}
        <AgreementForm
          key={template?.key ?? "blank"}
          submitLabel="Propose"
          initial={
            template
              ? {
                  title: template.title,
                  text: template.text,
                  category: template.category,
                  scope: template.scope,
                  reviewAt: dayAfter(new Date(), template.reviewInDays),
                }
              : undefined
          }
        />
      </Card>

      {closed.length > 0 && (
        <details className="rounded-2xl border border-line bg-white p-5">
          <summary className="cursor-pointer font-semibold">Retired and not agreed ({closed.length})</summary>
          <ul className="mt-3 space-y-3">
            {closed.map((a) => (
              <AgreementCard key={a.id} agreement={a} viewerId={ctx.userId} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
