import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import type { PartnerContext } from "@/lib/server/access";
import { ownMembership } from "@/lib/server/couples/own-membership";

// "Since your last visit" on the home page. A visit is a run of pages with no gap longer than
// VISIT_GAP_MS; the home lists what changed after the previous visit ended, so reloading it, or
// coming back from another page, keeps the same list until the partner has been away a while.

export const VISIT_GAP_MS = 30 * 60_000;
/** Within a visit, seenAt is written at most this often: a page view is not a write. */
const TOUCH_EVERY_MS = 5 * 60_000;

/**
 * Notes that this partner is here now, and returns when their previous visit ended (null: this is
 * their first). Scoped to the caller's own membership in their couple.
 */
export async function noteVisitAt(ctx: Pick<PartnerContext, "coupleId" | "userId" | "caller">, now = new Date()): Promise<Date | null> {
  const where = { coupleId: ctx.coupleId, userId: ctx.userId };
  // From the read that found the caller's couple, shared by the whole render.
  const row = await ownMembership(ctx);
  if (!row) return null;
  const seen = row.seenAt;
  if (!seen || now.getTime() - seen.getTime() > VISIT_GAP_MS) {
    // A new visit: the previous one ended when this partner was last seen.
    await db.membership.updateMany({ where, data: { seenAt: now, lastVisitEndedAt: seen } });
    return seen;
  }
  if (now.getTime() - seen.getTime() > TOUCH_EVERY_MS) await db.membership.updateMany({ where, data: { seenAt: now } });
  return row.lastVisitEndedAt;
}

/** Once per render: the layout and the home page share one answer. */
const noteVisitOnce = cache((coupleId: string, userId: string, caller: PartnerContext["caller"]) =>
  noteVisitAt({ coupleId, userId, caller }),
);
export const noteVisit = (ctx: PartnerContext) => noteVisitOnce(ctx.coupleId, ctx.userId, ctx.caller);
