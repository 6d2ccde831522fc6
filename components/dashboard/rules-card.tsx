import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { UserText } from "@/components/ui/user-text";
import type { AgreementSummary } from "@/lib/server/agreements/read";

/** "Rules of the game": the agreements due for review, and the way to all of them. */
export function RulesCard({ agreements }: { agreements: AgreementSummary[] }) {
  const due = agreements.filter((a) => a.due);
  return (
    <Card className="p-4 sm:p-5" data-testid="rules-card">
      <h2 className="font-semibold">Rules of the game</h2>
      {due.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nothing is due for review.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm" data-testid="agreements-due">
          {due.map((a) => (
            <li key={a.id}>
              <Link href={`/app/agreements/${a.id}`} className="text-brand-700 underline">
                Time to review “<UserText>{(a.active ?? a.head).title}</UserText>”
              </Link>{" "}
              <span className="text-muted">(reaffirm or amend)</span>
            </li>
          ))}
        </ul>
      )}
      <ButtonLink variant="secondary" className="mt-3 w-full" href="/app/agreements">
        Open the agreements
      </ButtonLink>
    </Card>
  );
}
