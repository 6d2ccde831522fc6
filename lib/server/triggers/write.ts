import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableTriggers } from "@/lib/server/couples/boundary";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type ReadContext } from "@/lib/server/access";
import { localDateIn } from "@/lib/check-ins/dates";
import {
  TRIGGER_MESSAGES as M,
  TRIGGER_NOT_FOUND,
  type LogTriggerInput,
  type ReplyTriggerInput,
  type TriggerPlanInput,
} from "@/lib/validation/trigger";
import { refuse, type ActionResult } from "@/lib/validation/form";

// The trigger log (stage 3). A trigger and its replies are history: only ever created.

export async function logTrigger(ctx: ReadContext, input: LogTriggerInput, now = new Date()): Promise<ActionResult<{ id: string }>> {
  assertWriter(ctx);
  return db.$transaction(async (tx) => {
    const row = await tx.triggerEvent.create({
      data: {
        coupleId: ctx.coupleId,
        authorId: ctx.userId,
        what: input.what,
        intensity: input.intensity,
        note: input.note,
        noteVisibility: input.note ? input.noteVisibility : "private",
        localDate: localDateIn(input.timeZone, now),
        timeZone: input.timeZone,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "trigger.logged", subject: row.id });
    return { ok: true as const, data: row };
  });
}

/** The other partner answers a trigger with an attuned reply. */
export async function replyToTrigger(ctx: ReadContext, input: ReplyTriggerInput): Promise<ActionResult<{ id: string }>> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
    const trigger = await tx.triggerEvent.findFirst({
      where: { id: input.id, coupleId: ctx.coupleId, AND: readableTriggers<Prisma.TriggerEventWhereInput>(ctx) },
      select: { id: true, authorId: true },
    });
    if (!trigger) return refuse(TRIGGER_NOT_FOUND);
    if (trigger.authorId === ctx.userId) return refuse(M.ownTrigger);
    const reply = await tx.triggerReply.create({
      data: { coupleId: ctx.coupleId, triggerId: trigger.id, authorId: ctx.userId, text: input.text },
      select: { id: true },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "trigger.replied", subject: trigger.id });
    return { ok: true, data: reply };
  });
}

/** A partner writes or rewrites their own trigger plan. */
export async function saveTriggerPlan(ctx: ReadContext, input: TriggerPlanInput): Promise<ActionResult> {
  assertWriter(ctx);
  await db.$transaction(async (tx) => {
    await tx.triggerPlan.upsert({
      where: { coupleId_authorId: { coupleId: ctx.coupleId, authorId: ctx.userId } },
      create: { coupleId: ctx.coupleId, authorId: ctx.userId, helpsMe: input.helpsMe, iWill: input.iWill },
      update: { helpsMe: input.helpsMe, iWill: input.iWill },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "trigger-plan.saved" });
  });
  return { ok: true, data: undefined };
}
