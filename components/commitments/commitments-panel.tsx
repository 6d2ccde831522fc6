import { Card, EmptyState } from "@/components/ui/card";
import { KeptRateChart } from "@/components/commitments/kept-rate-chart";
import { LogForm, NewCommitmentForm, ReviewForm } from "@/components/commitments/commitment-forms";
import { UserText } from "@/components/ui/user-text";
import type { CommitmentView } from "@/lib/server/commitments/read";
import { CADENCE_LABELS } from "@/lib/validation/commitment";

const LOG_WORDS = { kept: "Kept", missed: "Missed this time" } as const;

/** Stage 4's commitments: make one, log occasions, confirm the partner's logs, see the kept-rate. */
export function CommitmentsPanel({ commitments, viewerId }: { commitments: CommitmentView[]; viewerId: string }) {
  return (
    <section id="commitments" aria-labelledby="commitments-heading" className="scroll-mt-16 space-y-4" data-tool="commitments">
      <h2 id="commitments-heading" className="font-serif text-2xl font-semibold">
        Commitments
      </h2>
      <p className="max-w-prose text-sm text-muted">
        The kept-rate counts kept occasions your partner confirmed. A missed one is part of an honest record, not a failure; one you see
        differently is left out of the rate and kept for the two of you to talk through.
      </p>
      {commitments.length === 0 && (
        <EmptyState title="No commitments yet">Start with one small promise you can keep every time.</EmptyState>
      )}
      <ul className="space-y-4">
        {commitments.map((c) => {
          const mine = c.ownerId === viewerId;
          return (
            <li key={c.id} data-testid="commitment">
              <Card className="space-y-3">
                <div>
                  <p className="text-xs font-medium text-brand-700">
                    {mine ? (
                      "Your commitment"
                    ) : (
                      <>
                        <UserText>{c.ownerName}</UserText>'s commitment
                      </>
                    )}{" "}
                    · {CADENCE_LABELS[c.cadence]}
                  </p>
                  <p className="mt-1 font-semibold break-words">
                    <UserText>{c.what}</UserText>
                  </p>
                </div>
                <div className="flex flex-wrap gap-6">
                  <KeptRateChart rate={c.rate4} label={c.what} />
                  <KeptRateChart rate={c.rate12} label={c.what} />
                </div>
                {(c.rate12.awaiting > 0 || c.rate12.disputed > 0) && (
                  <p className="text-sm text-muted">
                    {c.rate12.awaiting > 0 && `${c.rate12.awaiting} waiting for confirmation. `}
                    {c.rate12.disputed > 0 && `${c.rate12.disputed} to talk about together.`}
                  </p>
                )}
                {mine && <LogForm id={c.id} />}
                {c.logs.length > 0 && (
                  <ul className="space-y-2 border-t border-line pt-3 text-sm">
                    {c.logs.slice(0, 10).map((log) => (
                      <li key={log.id} data-testid="commitment-log">
                        <p>
                          <span className="font-medium">{LOG_WORDS[log.outcome]}</span> · {log.localDate}
                          {log.review?.verdict === "confirmed" && (
                            <span className="text-emerald-800">
                              {" "}
                              · confirmed by <UserText>{log.review.reviewerName}</UserText>
                            </span>
                          )}
                          {log.review?.verdict === "disputed" && (
                            <span className="text-amber-900">
                              {" "}
                              · <UserText>{log.review.reviewerName}</UserText> saw it differently
                            </span>
                          )}
                        </p>
                        {log.note && <p className="whitespace-pre-wrap break-words text-muted">{log.note}</p>}
                        {log.review?.note && <p className="whitespace-pre-wrap break-words text-muted">“{log.review.note}”</p>}
                        {!mine && !log.review && <ReviewForm id={log.id} />}
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            </li>
          );
        })}
      </ul>
      <Card>
        <h3 className="mb-3 font-semibold">Make a commitment</h3>
        <NewCommitmentForm />
      </Card>
    </section>
  );
}
