import "server-only";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { coupleMembers } from "@/lib/server/couples/members";
import { assertWriter, type PartnerContext, type ReadContext, type UserContext } from "@/lib/server/access";
import type { Side } from "@/lib/validation/couple";

export type CreateCoupleResult = { ok: true; coupleId: string } | { ok: false; reason: "already-in-couple" };

export async function createCouple(user: Pick<UserContext, "userId">, input: { name: string; side: Side }): Promise<CreateCoupleResult> {
  return db.$transaction(async (tx) => {
    const existing = await tx.membership.findUnique({ where: { userId: user.userId }, select: { id: true } });
    if (existing) return { ok: false, reason: "already-in-couple" } as const;
    const couple = await tx.couple.create({ data: { name: input.name } });
    await tx.membership.create({ data: { userId: user.userId, coupleId: couple.id, side: input.side, seat: 1 } });
    await recordEvent(tx, { coupleId: couple.id, actorId: user.userId, action: "couple.created" });
    return { ok: true, coupleId: couple.id } as const;
  });
}

export type Member = { userId: string; name: string; side: Side; joinedAt: Date; sharedSince: Date | null; isMe: boolean };

/** The couple as the caller sees it: its name and both partners (the caller first). */
export async function getCouple(ctx: PartnerContext) {
  const [couple, memberships] = await Promise.all([
    db.couple.findUniqueOrThrow({ where: { id: ctx.coupleId }, select: { id: true, name: true, createdAt: true } }),
    coupleMembers(ctx),
  ]);
  const members: Member[] = [...memberships]
    .sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime())
    .map((m) => ({
      userId: m.userId,
      name: m.name,
      side: m.side,
      joinedAt: m.joinedAt,
      sharedSince: m.sharedSince,
      isMe: m.userId === ctx.userId,
    }))
    .sort((a, b) => Number(b.isMe) - Number(a.isMe));
  const me = members.find((m) => m.isMe)!;
  const partner = members.find((m) => !m.isMe) ?? null;
  return { id: couple.id, name: couple.name, createdAt: couple.createdAt, members, me, partner };
}

/** A partner's own name and side, saved together. */
export async function updateProfile(ctx: ReadContext, input: { name: string; side: Side }) {
  assertWriter(ctx);
  await db.$transaction([
    db.user.update({ where: { id: ctx.userId }, data: { name: input.name } }),
    db.membership.updateMany({ where: { userId: ctx.userId, coupleId: ctx.coupleId }, data: { side: input.side } }),
  ]);
}
