import { Card } from "@/components/ui/card";
import { UserText } from "@/components/ui/user-text";
import { AnswerProposal, AnswerRetirement, RequestRetirement } from "@/components/agreements/agreement-buttons";
import { calendarDate } from "@/components/agreements/agreement-card";
import type { AgreementSummary, VersionView } from "@/lib/server/agreements/read";
import { CATEGORY_LABELS } from "@/lib/validation/agreement";

/** `reviewAt` overrides the version's own date: once reviewed, the agreement's next review is the one that counts. */
function VersionText({ version, reviewAt = version.reviewAt }: { version: VersionView; reviewAt?: Date | null }) {
  return (
    <div className="space-y-2">
      <p className="text-lg font-semibold break-words">
        <UserText>{version.title}</UserText>
      </p>
      <p className="whitespace-pre-wrap break-words">{version.text}</p>
      {version.scope && (
        <p className="text-sm break-words">
          <span className="font-medium">What is shared: </span>
          <UserText>{version.scope}</UserText>
        </p>
      )}
      <p className="text-sm text-muted">
        {CATEGORY_LABELS[version.category]}
        {reviewAt && ` · review on ${calendarDate(reviewAt)}`}
        {version.endsAt && ` · ends on ${calendarDate(version.endsAt)}`}
      </p>
    </div>
  );
}

/** The version in force, with retiring it: asking for it, or answering the partner who asked. */
export function ActiveVersionCard({ agreement, active, viewerId }: { agreement: AgreementSummary; active: VersionView; viewerId: string }) {
  return (
    <Card data-testid="active-version">
      <h2 className="mb-3 text-sm font-semibold text-muted uppercase">In force</h2>
      <VersionText version={active} reviewAt={agreement.reviewAt} />
      {agreement.status !== "retired" && (
        <div className="mt-4 space-y-3 border-t border-line pt-4">
          {agreement.retireRequestedBy && agreement.retireRequestedBy !== viewerId ? (
            <div>
              <p className="mb-2 text-sm">Your partner would like to retire this agreement. It stays in force until you agree.</p>
              <AnswerRetirement id={agreement.id} />
            </div>
          ) : (
            // While a review is open, its card offers this among the three answers.
            !agreement.retireRequestedBy && !agreement.due && <RequestRetirement id={agreement.id} />
          )}
        </div>
      )}
    </Card>
  );
}

/** The version waiting for an answer, which the partner who did not propose it can answer. */
export function PendingVersionCard({
  agreement,
  pending,
  viewerId,
}: {
  agreement: AgreementSummary;
  pending: VersionView;
  viewerId: string;
}) {
  return (
    <Card data-testid="pending-version" className="border-amber-300">
      <h2 className="mb-3 text-sm font-semibold text-muted uppercase">
        {agreement.active ? "Proposed change" : "Proposal"} · version {pending.number} by{" "}
        {pending.proposedBy === viewerId ? "you" : <UserText>{pending.proposedByName}</UserText>}
      </h2>
      <VersionText version={pending} />
      {pending.proposedBy !== viewerId && (
        <div className="mt-4 border-t border-line pt-4">
          <AnswerProposal id={agreement.id} version={pending.number} />
        </div>
      )}
    </Card>
  );
}
