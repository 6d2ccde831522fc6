/**
 * For a partner who joined after someone left (decision 011): the gaps they may notice are on
 * purpose. One calm line, no names, no dates.
 */
export function EarlierPartnerNote({ sharedSince, className = "" }: { sharedSince: Date | null | undefined; className?: string }) {
  if (!sharedSince) return null;
  return (
    <p role="note" data-testid="earlier-partner" className={`rounded-xl border border-line bg-white p-3 text-sm text-muted ${className}`}>
      This workspace had an earlier partner. What was shared with them stays private.
    </p>
  );
}
