import "server-only";
import { OPEN_SHARE_LINKS_PER_PARTNER, TOO_MANY_SHARE_LINKS } from "@/lib/server/quotas";
import { addDays } from "date-fns";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type PartnerContext, type ReadContext, type ShareSection } from "@/lib/server/access";
import { newToken } from "@/lib/server/tokens";
import { coupleMemberNames } from "@/lib/server/couples/members";
import { SHARE_LINK_NOT_FOUND, parseScope, type CreateShareLinkData } from "@/lib/validation/share";
import { refuse, type ActionResult } from "@/lib/validation/form";

// Share links for a named therapist. Either partner creates and revokes any of the
// couple's links; both see every link and its access log. The write functions take a
// ReadContext on purpose and call assertWriter first (the run-time half of read-only).

/** Creates a link; the raw token is returned once and only its hash is stored. */
export async function createShareLink(
  ctx: ReadContext,
  input: CreateShareLinkData,
): Promise<ActionResult<{ token: string; expiresAt: Date; therapistName: string }>> {
  assertWriter(ctx);
  const { therapistName, scope, expiryDays } = input;
  const { token, hash } = newToken();
  const expiresAt = addDays(new Date(), expiryDays);
  const created = await db.$transaction(async (tx) => {
    const open = await tx.shareLink.count({
      where: { coupleId: ctx.coupleId, createdById: ctx.userId, revokedAt: null, expiresAt: { gt: new Date() } },
    });
    if (open >= OPEN_SHARE_LINKS_PER_PARTNER) return false;
    const link = await tx.shareLink.create({
      data: { coupleId: ctx.coupleId, createdById: ctx.userId, therapistName, tokenHash: hash, scope: JSON.stringify(scope), expiresAt },
      select: { id: true },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "share.created", subject: link.id });
    return true;
  });
  if (!created) return refuse(TOO_MANY_SHARE_LINKS);
  return { ok: true, data: { token, expiresAt, therapistName } };
}

const NOT_FOUND = refuse(SHARE_LINK_NOT_FOUND);

/** Switches a link off at once, whichever partner created it. */
export async function revokeShareLink(ctx: ReadContext, id: string): Promise<ActionResult> {
  assertWriter(ctx);
  const revoked = await db.$transaction(async (tx) => {
    // Ownership is part of the `where`: another couple's link id simply matches nothing.
    const { count } = await tx.shareLink.updateMany({
      where: { id: id, coupleId: ctx.coupleId, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: ctx.userId },
    });
    if (count === 1) await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "share.revoked", subject: id });
    return count === 1;
  });
  return revoked ? { ok: true, data: undefined } : NOT_FOUND;
}

export type ShareLinkStatus = "active" | "expired" | "revoked";

export type ShareLinkView = {
  id: string;
  therapistName: string;
  scope: ShareSection[];
  createdAt: Date;
  createdBy: { userId: string; name: string; isMe: boolean };
  expiresAt: Date;
  revokedAt: Date | null;
  revokedBy: { name: string; isMe: boolean } | null;
  status: ShareLinkStatus;
  visitCount: number;
  visits: { id: string; at: Date; device: string }[];
};

export const VISITS_SHOWN = 50;

/** Every link of the caller's couple, newest first, with who made it and its latest visits. */
export async function listShareLinks(ctx: PartnerContext): Promise<ShareLinkView[]> {
  const [links, members] = await Promise.all([
    db.shareLink.findMany({
      where: { coupleId: ctx.coupleId },
      select: {
        id: true,
        therapistName: true,
        scope: true,
        createdAt: true,
        expiresAt: true,
        revokedAt: true,
        revokedById: true,
        createdById: true,
        createdBy: { select: { name: true } },
        visits: { select: { id: true, at: true, device: true }, orderBy: { at: "desc" }, take: VISITS_SHOWN },
        _count: { select: { visits: true } },
      },
      orderBy: { createdAt: "desc" },
    }),
    coupleMemberNames(ctx),
  ]);
  const now = new Date();
  return links.map((link) => ({
    id: link.id,
    therapistName: link.therapistName,
    scope: parseScope(link.scope),
    createdAt: link.createdAt,
    createdBy: { userId: link.createdById, name: link.createdBy.name, isMe: link.createdById === ctx.userId },
    expiresAt: link.expiresAt,
    revokedAt: link.revokedAt,
    revokedBy: link.revokedById
      ? { name: members.get(link.revokedById) ?? "A former partner", isMe: link.revokedById === ctx.userId }
      : null,
    status: link.revokedAt ? "revoked" : link.expiresAt <= now ? "expired" : "active",
    visitCount: link._count.visits,
    visits: link.visits,
  }));
}
