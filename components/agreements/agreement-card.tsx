import Link from "next/link";
import { CATEGORY_LABELS } from "@/lib/validation/agreement";
import { formatMoment } from "@/lib/intl";
import type { AgreementSummary } from "@/lib/server/agreements/read";
import { UserText } from "@/components/ui/user-text";

export const STATUS_LABELS: Record<AgreementSummary["status"], string> = {
  proposed: "Proposed",
  active: "In force",
  declined: "Not agreed",
  retired: "Retired",
};

/** Calendar dates are stored at noon UTC, so the UTC date is the one the couple chose. */
export const calendarDate = (d: Date) => formatMoment(d, "UTC");

/** What waits for whom, in plain words. */
export function agreementNote(a: AgreementSummary, viewerId: string): string | null {
  if (a.pending) return a.pending.proposedBy === viewerId ? "Waiting for your partner's answer" : "Waiting for your answer";
  if (a.retireRequestedBy) return a.retireRequestedBy === viewerId ? "You asked to retire it" : "Your partner asked to retire it";
  if (a.due) return a.reaffirmedBy === viewerId ? "Due for review: you chose to keep it; waiting for your partner" : "Due for review";
  return null;
}

export function AgreementCard({ agreement: a, viewerId }: { agreement: AgreementSummary; viewerId: string }) {
  const shown = a.active ?? a.head;
  const note = agreementNote(a, viewerId);
  return (
    <li className="rounded-xl border border-line bg-white p-4" data-testid="agreement" data-status={a.status}>
      <p className="text-xs font-medium text-brand-700">
        {CATEGORY_LABELS[shown.category]} · {STATUS_LABELS[a.status]}
        {a.active && ` · version ${a.active.number}`}
      </p>
      <Link href={`/app/agreements/${a.id}`} className="mt-1 block font-semibold break-words hover:underline">
        <UserText>{shown.title}</UserText>
      </Link>
      <p className="mt-1 line-clamp-3 text-sm whitespace-pre-wrap break-words text-muted">{shown.text}</p>
      {note && <p className="mt-2 text-sm font-medium text-amber-900">{note}</p>}
    </li>
  );
}
