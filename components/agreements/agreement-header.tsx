import { STATUS_LABELS, agreementNote, calendarDate } from "@/components/agreements/agreement-card";
import { UserText } from "@/components/ui/user-text";
import type { AgreementSummary } from "@/lib/server/agreements/read";

/** An agreement's status, title (in force, else the newest), what waits on the viewer, and its next review. */
export function AgreementHeader({ agreement, viewerId }: { agreement: AgreementSummary; viewerId: string }) {
  const { active, head } = agreement;
  const note = agreementNote(agreement, viewerId);
  const retired = agreement.status === "retired";
  return (
    <header>
      <p className="text-sm font-medium text-brand-700" data-testid="agreement-status">
        {STATUS_LABELS[agreement.status]}
        {active && ` · version ${active.number} in force`}
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold break-words">
        <UserText>{(active ?? head).title}</UserText>
      </h1>
      {note && <p className="mt-2 font-medium text-amber-900">{note}</p>}
      {agreement.reviewAt && !agreement.due && !retired && (
        <p className="mt-1 text-sm text-muted" data-testid="next-review">
          Next review on {calendarDate(agreement.reviewAt)}
        </p>
      )}
    </header>
  );
}
