import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { getStages } from "@/lib/content/stages";
import { requirePartner } from "@/lib/server/access";
import { getCouple } from "@/lib/server/couples/couple";
import { openInvite } from "@/lib/server/couples/invites";
import { SIDE_LABELS } from "@/lib/validation/couple";

export const metadata: Metadata = { title: "Your journey" };

export default async function DashboardPage() {
  const ctx = await requirePartner();
  const [couple, invite] = await Promise.all([getCouple(ctx), openInvite(ctx)]);
  const stages = getStages();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold">{couple.name}</h1>
        <p className="mt-1 text-muted">Take it one step at a time. Nothing here has a deadline.</p>
      </div>

      <section aria-labelledby="partners-heading" className="grid gap-4 sm:grid-cols-2">
        <h2 id="partners-heading" className="sr-only">
          Partners
        </h2>
        {couple.members.map((m) => (
          <Card key={m.userId} data-testid="partner-card">
            <p className="text-sm text-muted">{m.isMe ? "You" : "Your partner"}</p>
            <p className="mt-1 text-lg font-semibold">{m.name}</p>
            {m.side !== "unsaid" && <p className="mt-1 text-sm text-muted">{SIDE_LABELS[m.side]}</p>}
          </Card>
        ))}
        {!couple.partner && (
          <Card className="border-dashed">
            <p className="text-sm text-muted">Your partner</p>
            <p className="mt-1 font-semibold">{invite ? "Invite sent, not yet joined" : "Not invited yet"}</p>
            <ButtonLink variant="secondary" className="mt-3" href="/app/settings#invite">
              {invite ? "Manage the invite" : "Invite your partner"}
            </ButtonLink>
          </Card>
        )}
      </section>

      <section aria-labelledby="journey-heading">
        <h2 id="journey-heading" className="font-serif text-2xl font-semibold">
          The nine stages
        </h2>
        <ol className="mt-4 grid gap-3">
          {stages.map((stage) => (
            <li key={stage.slug}>
              <Card className="p-4 sm:p-5">
                <p className="text-sm font-medium text-brand-700">Stage {stage.number}</p>
                <p className="font-semibold">
                  <Link href={`/app/stages/${stage.slug}`}>{stage.title}</Link>
                </p>
                <p className="text-sm text-muted">{stage.purpose}</p>
              </Card>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
