import "server-only";
import { addDays } from "date-fns";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { hashToken, looksLikeToken, newToken } from "@/lib/server/tokens";
import { assertWriter, type PartnerContext, type ReadContext, type UserContext } from "@/lib/server/access";

export const INVITE_DAYS = 7;
export const MAX_PARTNERS = 2;

/** Issues a fresh invite link for the caller's couple and revokes any earlier one. */
export async function issueInvite(ctx: ReadContext) {
  assertWriter(ctx);
  const partners = await db.membership.count({ where: { coupleId: ctx.coupleId } });
  if (partners >= MAX_PARTNERS) return null;
  const { token, hash } = newToken();
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.invite.updateMany({
      where: { coupleId: ctx.coupleId, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.invite.create({
      data: { coupleId: ctx.coupleId, createdById: ctx.userId, tokenHash: hash, expiresAt: addDays(now, INVITE_DAYS) },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "invite.issued" });
  });
  return { token, expiresAt: addDays(now, INVITE_DAYS) };
}

export async function revokeInvites(ctx: ReadContext) {
  assertWriter(ctx);
  await db.invite.updateMany({
    where: { coupleId: ctx.coupleId, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/** The couple's open invite (for the settings page), without its token. */
export function openInvite(ctx: PartnerContext) {
  return db.invite.findFirst({
    where: { coupleId: ctx.coupleId, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export type InviteLookup =
  | { status: "invalid" }
  | { status: "full" }
  | { status: "open"; coupleName: string; invitedBy: string };

/** What the invite page shows. Unknown, used, revoked and expired tokens all read as "invalid". */
export async function lookupInvite(token: string): Promise<InviteLookup> {
  if (!looksLikeToken(token)) return { status: "invalid" };
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      usedAt: true,
      revokedAt: true,
      expiresAt: true,
      createdBy: { select: { name: true } },
      couple: { select: { name: true, _count: { select: { memberships: true } } } },
    },
  });
  if (!invite || invite.revokedAt || invite.expiresAt <= new Date()) return { status: "invalid" };
  // A spent link says only that the workspace is complete, never whose it is.
  if (invite.usedAt || invite.couple._count.memberships >= MAX_PARTNERS) return { status: "full" };
  return { status: "open", coupleName: invite.couple.name, invitedBy: invite.createdBy.name };
}

export type AcceptResult =
  | { ok: true; coupleId: string }
  | { ok: false; reason: "invalid" | "full" | "already-in-couple" };

/** Joins the caller to the invite's couple: single use, at most two partners, one couple per person. */
export async function acceptInvite(user: Pick<UserContext, "userId">, token: string): Promise<AcceptResult> {
  if (!looksLikeToken(token)) return { ok: false, reason: "invalid" };
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, coupleId: true, usedAt: true, revokedAt: true, expiresAt: true },
    });
    if (!invite || invite.revokedAt || invite.expiresAt <= new Date()) return { ok: false, reason: "invalid" } as const;
    const existing = await tx.membership.findUnique({ where: { userId: user.userId }, select: { coupleId: true } });
    if (existing) return { ok: false, reason: "already-in-couple" } as const;
    const partners = await tx.membership.count({ where: { coupleId: invite.coupleId } });
    if (invite.usedAt || partners >= MAX_PARTNERS) return { ok: false, reason: "full" } as const;
    await tx.membership.create({ data: { userId: user.userId, coupleId: invite.coupleId } });
    await tx.invite.update({ where: { id: invite.id }, data: { usedAt: new Date(), usedById: user.userId } });
    await recordEvent(tx, { coupleId: invite.coupleId, actorId: user.userId, action: "couple.joined" });
    return { ok: true, coupleId: invite.coupleId } as const;
  });
}
