import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import type { PartnerContext } from "@/lib/server/access";

// The caller's own membership row, found by their account: which couple they are in (the partner
// context, lib/server/access.ts) and what only they read of it (where they are in setting up, their
// visits). One read per render serves every page's layout and the home page's cards; outside a
// render (a server action, a test) each call reads afresh.

// Inside a render the session check has read it already, with the account (lib/server/auth/caller.ts):
// the contexts carry that row, and this read is for contexts made another way.

export type MembershipRow = {
  coupleId: string;
  side: string;
  sharedSince: Date | null;
  onboarding: string;
  seenAt: Date | null;
  lastVisitEndedAt: Date | null;
};

export const membershipRow = cache((userId: string): Promise<MembershipRow | null> =>
  db.membership.findUnique({
    where: { userId },
    select: { coupleId: true, side: true, sharedSince: true, onboarding: true, seenAt: true, lastVisitEndedAt: true },
  }),
);

/** What only its owner reads of a membership. */
export type OwnMembership = { onboarding: string | null; seenAt: Date | null; lastVisitEndedAt: Date | null };

/** The caller's own membership fields, or null when they are not (or no longer) in the context's couple. */
export async function ownMembership(ctx: Pick<PartnerContext, "coupleId" | "userId" | "caller">): Promise<OwnMembership | null> {
  const row = ctx.caller ? ctx.caller.membership : await membershipRow(ctx.userId);
  if (!row || row.coupleId !== ctx.coupleId) return null;
  return { onboarding: row.onboarding, seenAt: row.seenAt, lastVisitEndedAt: row.lastVisitEndedAt };
}
