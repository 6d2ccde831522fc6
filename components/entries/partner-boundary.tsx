"use client";

import { createContext, useContext } from "react";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { useActionButton } from "@/components/ui/use-action";
import { shareEntryAgainAction } from "@/app/(app)/app/stages/actions";

/** The partner who joined after someone left, and since when they read what is shared (decision 011). */
type Boundary = { partnerName: string; since: Date } | null;

const PartnerBoundary = createContext<Boundary>(null);

export function PartnerBoundaryProvider({ value, children }: { value: Boundary; children: React.ReactNode }) {
  return <PartnerBoundary.Provider value={value}>{children}</PartnerBoundary.Provider>;
}

/**
 * Under the author's own shared entry that their current partner can't read, because it was shared
 * before they joined: says so, and offers to share it with them now.
 */
export function SharedBeforeJoin({ entry }: { entry: { id: string; visibility: string; sharedAt: Date } }) {
  const boundary = useContext(PartnerBoundary);
  const share = useActionButton(shareEntryAgainAction);
  if (!boundary || entry.visibility === "private" || new Date(entry.sharedAt) >= new Date(boundary.since)) return null;
  return (
    <div data-testid="shared-before-join" className="mt-3 flex flex-wrap items-center gap-2 text-sm text-muted">
      <span>Shared before {boundary.partnerName} joined: only you can read it now.</span>
      <Button variant="secondary" disabled={share.pending} onClick={() => share.run({ id: entry.id })}>
        Share it with {boundary.partnerName}
      </Button>
      <InlineError message={share.error} />
    </div>
  );
}
