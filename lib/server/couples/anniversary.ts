import "server-only";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type PartnerContext, type ReadContext } from "@/lib/server/access";
import type { DiscoveredOnInput } from "@/lib/validation/anniversary";

// The anniversary of the discovery (stage 3): the day is the couple's, set by either partner and
// seen by both; the reminder a week before is each partner's own choice. Not on the therapist link
// (the intake summary will say what a therapist sees).

export type Anniversary = { discoveredOn: string | null; remindMe: boolean };

export async function readAnniversary(ctx: PartnerContext): Promise<Anniversary> {
  const [couple, membership] = await Promise.all([
    db.couple.findUniqueOrThrow({ where: { id: ctx.coupleId }, select: { discoveredOn: true } }),
    db.membership.findFirst({ where: { userId: ctx.userId, coupleId: ctx.coupleId }, select: { anniversaryReminder: true } }),
  ]);
  return { discoveredOn: couple.discoveredOn, remindMe: membership?.anniversaryReminder ?? false };
}

/** Saves (or, with null, removes) the day of the discovery for the couple. */
export async function setDiscoveredOn(ctx: ReadContext, { discoveredOn }: DiscoveredOnInput): Promise<void> {
  assertWriter(ctx);
  await db.$transaction(async (tx) => {
    await tx.couple.updateMany({ where: { id: ctx.coupleId }, data: { discoveredOn } });
    // The feed doesn't show it: the date is on stage 3 for both, and a line about it would only
    // bring the day up again.
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "couple.anniversary-set" });
  });
}

/** The caller's own choice of an email a week before the day. */
export async function setAnniversaryReminder(ctx: ReadContext, { remind }: { remind: boolean }): Promise<void> {
  assertWriter(ctx);
  await db.membership.updateMany({ where: { userId: ctx.userId, coupleId: ctx.coupleId }, data: { anniversaryReminder: remind } });
}
