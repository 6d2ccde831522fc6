// When an agreement is looked at again. Safe on the client too.

/** The calendar day (YYYY-MM-DD) of a review date: dates from the form are stored at noon UTC. */
export function reviewDayOf(reviewAt: Date): string {
  return reviewAt.toISOString().slice(0, 10);
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
