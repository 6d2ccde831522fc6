import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { AnswerProposal, AnswerRetirement, RequestRetirement } from "@/components/agreements/agreement-buttons";
import { AgreementReview, nextReviewDate } from "@/components/agreements/agreement-review";
import { STATUS_LABELS, agreementNote, calendarDate } from "@/components/agreements/agreement-card";
import { AgreementTimeline } from "@/components/agreements/agreement-timeline";
import { requirePartner } from "@/lib/server/access";
import { getAgreement, type VersionView } from "@/lib/server/agreements/read";
import { CATEGORY_LABELS } from "@/lib/validation/agreement";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { UserText } from "@/components/ui/user-text";
import { reviewDayOf } from "@/lib/agreements/review";

export const metadata: Metadata = { title: "Agreement" };

const dateValue = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

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

export default async function AgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePartner();
  const agreement = await getAgreement(ctx, (await params).id);
  if (!agreement) notFound();
  const { active, pending, head } = agreement;
  const note = agreementNote(agreement, ctx.userId);
  const retired = agreement.status === "retired";
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/app/agreements", label: "Rules of the game" }]} />
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

      {agreement.due && active && !retired && <AgreementReview agreement={agreement} active={active} viewerId={ctx.userId} />}

      {active && (
        <Card data-testid="active-version">
          <h2 className="mb-3 text-sm font-semibold text-muted uppercase">In force</h2>
          <VersionText version={active} reviewAt={agreement.reviewAt} />
          {!retired && (
            <div className="mt-4 space-y-3 border-t border-line pt-4">
              {agreement.retireRequestedBy && agreement.retireRequestedBy !== ctx.userId ? (
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
      )}

      {pending && (
        <Card data-testid="pending-version" className="border-amber-300">
          <h2 className="mb-3 text-sm font-semibold text-muted uppercase">
            {active ? "Proposed change" : "Proposal"} · version {pending.number} by{" "}
            {pending.proposedBy === ctx.userId ? "you" : <UserText>{pending.proposedByName}</UserText>}
          </h2>
          <VersionText version={pending} />
          {pending.proposedBy !== ctx.userId && (
            <div className="mt-4 border-t border-line pt-4">
              <AnswerProposal id={agreement.id} version={pending.number} />
            </div>
          )}
        </Card>
      )}

      {!retired && (
        <details
          id="amend"
          className="scroll-mt-6 rounded-2xl border border-line bg-white p-5 sm:p-6"
          data-testid="amend"
          open={agreement.due && active !== null && !pending}
        >
          <summary className="cursor-pointer font-serif text-xl font-semibold">
            {pending && pending.proposedBy !== ctx.userId
              ? "Suggest a different wording"
              : active
                ? "Propose a change"
                : "Revise the proposal"}
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
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 font-serif text-2xl font-semibold">
          History
        </h2>
        <p className="mb-4 text-sm text-muted">Every version and every answer, as it happened. Nothing here can be edited or removed.</p>
        <AgreementTimeline items={agreement.timeline} viewerId={ctx.userId} />
      </section>
    </div>
  );
}
