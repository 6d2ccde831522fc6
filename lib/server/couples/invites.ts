import "server-only";
import { addDays } from "date-fns";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { hashToken, looksLikeToken, newToken } from "@/lib/server/tokens";
import { assertWriter, type PartnerContext, type ReadContext, type UserContext } from "@/lib/server/access";
import { onboardingValue } from "@/lib/onboarding/steps";

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

export type InviteLookup = { status: "invalid" } | { status: "full" } | { status: "open"; coupleName: string; invitedBy: string };

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

export type AcceptResult = { ok: true; coupleId: string } | { ok: false; reason: "invalid" | "full" | "already-in-couple" };

/**
 * Joins the caller to the invite's couple: single use, at most two partners, one couple per person.
 * Spending the invite is one conditional update (still unused, unrevoked, unexpired), so of two
 * people accepting the same link at once exactly one joins; the other reads "full".
 */
export async function acceptInvite(user: Pick<UserContext, "userId">, token: string): Promise<AcceptResult> {
  if (!looksLikeToken(token)) return { ok: false, reason: "invalid" };
  const tokenHash = hashToken(token);
  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      const invite = await tx.invite.findUnique({ where: { tokenHash }, select: { id: true, coupleId: true, usedAt: true } });
      if (!invite) return { ok: false, reason: "invalid" } as const;
      const existing = await tx.membership.findUnique({ where: { userId: user.userId }, select: { coupleId: true } });
      if (existing) return { ok: false, reason: "already-in-couple" } as const;
      const spent = await tx.invite.updateMany({
        where: { id: invite.id, coupleId: invite.coupleId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now, usedById: user.userId },
      });
      if (spent.count !== 1) return { ok: false, reason: invite.usedAt ? "full" : "invalid" } as const;
      // The free seat: 2 as a rule, 1 when the partner who created the workspace has left. Seats are
      // unique per couple, so a racing second joiner fails here and everything rolls back.
      const taken = await tx.membership.findMany({ where: { coupleId: invite.coupleId }, select: { seat: true } });
      if (taken.length >= MAX_PARTNERS) return { ok: false, reason: "full" } as const;
      const seat = taken.some((m) => m.seat === 1) ? 2 : 1;
      // What was shared before the last departure stays with the partner who was there (decision 011).
      const couple = await tx.couple.findUnique({ where: { id: invite.coupleId }, select: { lastDepartureAt: true } });
      await tx.membership.create({
        data: {
          userId: user.userId,
          coupleId: invite.coupleId,
          seat,
          sharedSince: couple?.lastDepartureAt ?? null,
          // The shorter setting up: no invite step (lib/onboarding/steps.ts).
          onboarding: onboardingValue("join", "expect"),
        },
      });
      await recordEvent(tx, { coupleId: invite.coupleId, actorId: user.userId, action: "couple.joined" });
      return { ok: true, coupleId: invite.coupleId } as const;
    });
  } catch (error) {
    // A unique index decided a race: the seat was taken, or this person joined a couple meanwhile.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const joined = await db.membership.findUnique({ where: { userId: user.userId }, select: { id: true } });
      return { ok: false, reason: joined ? "already-in-couple" : "full" };
    }
    throw error;
  }
}
