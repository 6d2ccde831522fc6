import "server-only";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { coupleMembers, coupleRow } from "@/lib/server/couples/members";
import { assertWriter, type PartnerContext, type ReadContext, type UserContext } from "@/lib/server/access";
import type { Side } from "@/lib/validation/couple";
import { isBreach, type Breach } from "@/lib/content/readers";
import { refuse, type ActionResult } from "@/lib/validation/form";
import { onboardingValue } from "@/lib/onboarding/steps";
import type { AuditAction } from "@/lib/audit/events";

export type CreateCoupleResult = { ok: true; coupleId: string } | { ok: false; reason: "already-in-couple" };

export async function createCouple(
  user: Pick<UserContext, "userId">,
  input: { name: string; side: Side; breach?: Breach | null },
): Promise<CreateCoupleResult> {
  return db.$transaction(async (tx) => {
    const existing = await tx.membership.findUnique({ where: { userId: user.userId }, select: { id: true } });
    if (existing) return { ok: false, reason: "already-in-couple" } as const;
    const couple = await tx.couple.create({ data: { name: input.name, breach: input.breach ?? null } });
    // Setting up starts at its first step (lib/onboarding/steps.ts).
    const onboarding = onboardingValue("create", "expect");
    await tx.membership.create({ data: { userId: user.userId, coupleId: couple.id, side: input.side, seat: 1, onboarding } });
    await recordEvent(tx, { coupleId: couple.id, actorId: user.userId, action: "couple.created" });
    if (input.breach) await recordEvent(tx, { coupleId: couple.id, actorId: user.userId, action: BREACH_SET });
    return { ok: true, coupleId: couple.id } as const;
  });
}

/** The audit action when either partner changes the kind of breach: no subject, so never which kind. */
export const BREACH_SET = "couple.breach-set" satisfies AuditAction;

/** A stored value Mend no longer knows reads as not set, so nothing assumes a breach. */
const breachOf = (value: string | null): Breach | null => (isBreach(value) ? value : null);

/** The kind of breach the couple has said, or null while neither partner has. */
export async function getBreach(ctx: ReadContext): Promise<Breach | null> {
  const couple = await coupleRow(ctx);
  return breachOf(couple?.breach ?? null);
}

/**
 * Either partner sets the kind of breach (or clears it with null); both see it. The feed says only
 * that it changed, never who chose what.
 */
export async function setBreach(ctx: ReadContext, breach: Breach | null): Promise<ActionResult> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult> => {
    // Membership is part of the where: a context whose person has left this couple changes nothing.
    const where = { id: ctx.coupleId, memberships: { some: { userId: ctx.userId } } };
    const current = await tx.couple.findFirst({ where, select: { breach: true } });
    if (!current) return refuse("You're no longer part of this workspace.");
    if (breachOf(current.breach) === breach) return { ok: true, data: undefined };
    const { count } = await tx.couple.updateMany({ where, data: { breach } });
    if (count !== 1) return refuse("You're no longer part of this workspace.");
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: BREACH_SET });
    return { ok: true, data: undefined };
  });
}

export type Member = { userId: string; name: string; side: Side; joinedAt: Date; sharedSince: Date | null; isMe: boolean };

/** The couple as the caller sees it: its name and both partners (the caller first). */
export async function getCouple(ctx: PartnerContext) {
  const [couple, memberships] = await Promise.all([coupleRow(ctx), coupleMembers(ctx)]);
  if (!couple) throw new Error("The couple of this context no longer exists.");
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
  return { id: couple.id, name: couple.name, createdAt: couple.createdAt, breach: breachOf(couple.breach), members, me, partner };
}

/** A partner's own name and side, saved together. */
export async function updateProfile(ctx: ReadContext, input: { name: string; side: Side }) {
  assertWriter(ctx);
  await db.$transaction([
    db.user.update({ where: { id: ctx.userId }, data: { name: input.name } }),
    db.membership.updateMany({ where: { userId: ctx.userId, coupleId: ctx.coupleId }, data: { side: input.side } }),
  ]);
}
