// When an agreement is looked at again. Safe on the client too.

/** The calendar day (YYYY-MM-DD) of a review date: dates from the form are stored at noon UTC. */
export function reviewDayOf(reviewAt: Date): string {
  return reviewAt.toISOString().slice(0, 10);
}

/**
 * Whether a review has fallen due by `today`, the viewer's own calendar day (YYYY-MM-DD): its review
 * date, or, for an agreement from before review dates followed end dates, its end date. Both are
 * calendar days, so the day decides, not the noon-UTC instant they are stored at, which would come
 * half a day late in Auckland.
 */
export function reviewIsDue(agreement: { reviewAt: Date | null; endsAt: Date | null | undefined }, today: string): boolean {
  const { reviewAt, endsAt } = agreement;
  if (reviewAt) return reviewDayOf(reviewAt) <= today;
  return Boolean(endsAt && reviewDayOf(endsAt) <= today);
}

/**
 * The first review of a version: its review date, or its end date if that comes first (or alone).
 * A transparency agreement runs for an agreed time; its end is when the couple decides, together,
 * whether it goes on, tapers or ends (GUIDANCE.md: an offer for an agreed time, with review dates).
 */
export function firstReviewOf(version: { reviewAt: Date | null; endsAt: Date | null }): Date | null {
  const { reviewAt, endsAt } = version;
  if (reviewAt && endsAt) return endsAt < reviewAt ? endsAt : reviewAt;
  return reviewAt ?? endsAt;
}

/** After both partners keep an agreement: its next review, but never after its agreed end. */
export function nextReviewAfterKeeping(next: Date, endsAt: Date | null, now: Date): Date {
  return endsAt && endsAt > now && endsAt < next ? endsAt : next;
}
