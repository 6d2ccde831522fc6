import { addMonths } from "date-fns";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { Reaffirm, RequestRetirement } from "@/components/agreements/agreement-buttons";
import type { AgreementSummary, VersionView } from "@/lib/server/agreements/read";
import { reviewDayOf } from "@/lib/agreements/review";

// The review of an agreement whose date has come: each partner answers on their own, keep it as
// it is, propose a change (the amend form below) or propose retiring it. Both keeping it sets the
// next review; every answer is a row in the history.

/** The review date offered when a change is proposed at a review (the same rest as keeping it). */
export const nextReviewDate = () => new Date(`${addMonths(new Date(), 3).toISOString().slice(0, 10)}T12:00:00Z`);

export function AgreementReview({ agreement, active, viewerId }: { agreement: AgreementSummary; active: VersionView; viewerId: string }) {
  const iKept = agreement.reaffirmedBy === viewerId;
  const partnerKept = agreement.reaffirmedBy !== null && !iKept;
  // The review that is due is the end of the agreed period (the day, whatever the time zone).
  const periodEnded = Boolean(active.endsAt && (!agreement.reviewAt || reviewDayOf(active.endsAt) <= reviewDayOf(agreement.reviewAt)));
  return (
    <Card data-testid="review" className="scroll-mt-6 border-amber-300">
      <h2 id="review-heading" className="font-serif text-xl font-semibold">
        Due for review
      </h2>
      <p className="mt-2 text-sm">
        {periodEnded
          ? active.category === "transparency"
            ? "The time you agreed for this has come to its end. Together, decide whether it goes on as it is, changes (many couples let openness like this taper as trust returns), or ends."
            : "The time you agreed for this has come to its end. Together, decide whether it goes on, changes or ends."
          : "The date you set to look at this again has come. Does it still fit the two of you?"}
      </p>
      <p className="mt-2 text-sm text-muted">
        Each of you answers on your own. When you both keep it as it is, the next review is in three months.
      </p>
      {partnerKept && (
        <p className="mt-3 text-sm font-medium" data-testid="review-partner">
          Your partner chose to keep it as it is.
        </p>
      )}
      {agreement.pending && <p className="mt-3 text-sm font-medium">A proposed change is waiting for an answer below.</p>}
      {iKept ? (
        <p className="mt-3 text-sm font-medium" data-testid="review-mine">
          You chose to keep it as it is. Your partner answers next. You can still propose a change below.
        </p>
      ) : (
        <div className="mt-4 flex flex-wrap items-start gap-3">
          <Reaffirm id={agreement.id} />
          <a href="#amend" className={buttonClass("secondary")}>
            Propose a change
          </a>
          {!agreement.retireRequestedBy && <RequestRetirement id={agreement.id} />}
        </div>
      )}
    </Card>
  );
}
