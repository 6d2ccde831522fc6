import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { PrintButton } from "@/components/share/print-button";
import { calendarDate } from "@/components/agreements/agreement-card";
import { UserText } from "@/components/ui/user-text";
import { requirePartner } from "@/lib/server/access";
import { listActiveAgreements } from "@/lib/server/agreements/read";
import { getCouple } from "@/lib/server/couples/couple";
import { CATEGORY_LABELS } from "@/lib/validation/agreement";
import "./print.css";

export const metadata: Metadata = { title: "Our rules of the game (printable)" };

export default async function PrintableRulesPage() {
  const ctx = await requirePartner();
  const [couple, rules] = await Promise.all([getCouple(ctx), listActiveAgreements(ctx)]);
  const today = calendarDate(new Date());
  return (
    <div className="rules-print mx-auto max-w-3xl space-y-6">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <Link href="/app/agreements" className="text-sm text-brand-700 underline">
          ← Rules of the game
        </Link>
        <PrintButton />
      </div>
      <header className="border-b border-line pb-4">
        <h1 className="font-serif text-3xl font-semibold">Our rules of the game</h1>
        <p className="mt-1 text-muted">
          <UserText>{couple.name}</UserText> · agreed together · as of {today}
        </p>
      </header>
      {rules.length === 0 ? (
        <EmptyState title="No agreements in force yet">An agreement appears here once you have both accepted it.</EmptyState>
      ) : (
        <ol className="space-y-4" data-testid="printable-rules">
          {rules.map((rule, i) => (
            <li key={rule.id} className="rounded-xl border border-line bg-white p-4">
              <p className="text-xs font-medium text-muted uppercase">
                {i + 1}. {CATEGORY_LABELS[rule.active.category]} · version {rule.active.number}
              </p>
              <h2 className="mt-1 text-lg font-semibold break-words">
                <UserText>{rule.active.title}</UserText>
              </h2>
              <p className="mt-1 whitespace-pre-wrap break-words">{rule.active.text}</p>
              {rule.active.scope && (
                <p className="mt-1 text-sm break-words">
                  What is shared: <UserText>{rule.active.scope}</UserText>
                </p>
              )}
              {(rule.reviewAt || rule.active.endsAt) && (
                <p className="mt-1 text-sm text-muted">
                  {rule.reviewAt && `Review on ${calendarDate(rule.reviewAt)}`}
                  {rule.reviewAt && rule.active.endsAt && " · "}
                  {rule.active.endsAt && `Ends on ${calendarDate(rule.active.endsAt)}`}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
