import { AgreementCard } from "@/components/agreements/agreement-card";
import { TemplateLink } from "@/components/stages/affair-steps";
import { ButtonLink } from "@/components/ui/button";
import { inBreachGroup, isAffair, type Breach } from "@/lib/content/readers";
import type { AgreementSummary } from "@/lib/server/agreements/read";
import type { Side } from "@/lib/validation/couple";

/** A draft agreement about openness to start from, after an affair or hidden money. */
export function TransparencyTemplate({ side, breach }: { side: Side; breach: Breach | null }) {
  const affair = isAffair(breach);
  // The drafts speak as the partner who offers the openness, so they are linked for that side.
  if (side === "hurt" || !(affair || inBreachGroup(breach, "money"))) return null;
  return (
    <p className="text-sm" data-testid="transparency-template">
      {affair ? (
        <TemplateLink template="transparency" label="Start from a transparency agreement in the rules of the game" />
      ) : (
        <TemplateLink template="hidden-money" label="Start from an agreement about openness with money" />
      )}
    </p>
  );
}

/** The couple's active and proposed agreements, with the way to the rules-of-the-game page. */
export function RulesOfTheGame({ agreements, viewerId }: { agreements: AgreementSummary[]; viewerId: string }) {
  return (
    <section aria-labelledby="rules-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="rules-heading" className="font-serif text-2xl font-semibold">
          Rules of the game
        </h2>
        <ButtonLink href="/app/agreements">Open the rules of the game</ButtonLink>
      </div>
      {agreements.filter((a) => a.status === "active" || a.status === "proposed").length === 0 ? (
        <p className="text-sm text-muted">No agreements yet. Propose the first one on the rules-of-the-game page.</p>
      ) : (
        <ul className="space-y-3">
          {agreements
            .filter((a) => a.status === "active" || a.status === "proposed")
            .map((a) => (
              <AgreementCard key={a.id} agreement={a} viewerId={viewerId} />
            ))}
        </ul>
      )}
    </section>
  );
}
