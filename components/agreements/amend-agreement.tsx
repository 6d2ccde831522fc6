import { AgreementForm } from "@/components/agreements/agreement-form";
import { nextReviewDate } from "@/components/agreements/agreement-review";
import type { AgreementSummary } from "@/lib/server/agreements/read";
import { reviewDayOf } from "@/lib/agreements/review";

const dateValue = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** Proposing a change, a different wording or a revised proposal, drafted from the newest version; open at a review. */
export function AmendAgreement({ agreement, viewerId }: { agreement: AgreementSummary; viewerId: string }) {
  const { active, pending, head } = agreement;
  return (
    <details
      id="amend"
      className="scroll-mt-6 rounded-2xl border border-line bg-white p-5 sm:p-6"
      data-testid="amend"
      open={agreement.due && active !== null && !pending}
    >
      <summary className="cursor-pointer font-serif text-xl font-semibold">
        {pending && pending.proposedBy !== viewerId ? "Suggest a different wording" : active ? "Propose a change" : "Revise the proposal"}
      </summary>
      <p className="mt-1 mb-4 text-sm text-muted">
        {active ? "The version in force stays in force until you both accept the change." : "Your partner answers the newest wording."}
      </p>
      <AgreementForm
        amend={{
          id: agreement.id,
          head: { number: head.number, title: head.title, text: head.text, proposedByName: head.proposedByName },
        }}
        initial={{
          title: head.title,
          text: head.text,
          category: head.category,
          scope: head.scope,
          // At a review the old date has passed: offer the next one instead.
          reviewAt: dateValue(
            agreement.due && head.reviewAt && agreement.reviewAt && reviewDayOf(head.reviewAt) <= reviewDayOf(agreement.reviewAt)
              ? nextReviewDate()
              : head.reviewAt,
          ),
          endsAt: dateValue(head.endsAt),
        }}
        submitLabel="Propose this change"
      />
    </details>
  );
}
