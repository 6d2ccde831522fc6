"use server";

import { partnerAction, WORKSPACE_PAGES } from "@/lib/server/actions";
import { logTrigger, replyToTrigger, saveTriggerPlan } from "@/lib/server/triggers/write";
import { logTriggerSchema, replyTriggerSchema, triggerPlanSchema } from "@/lib/validation/trigger";

// The trigger log shows on /app/triggers, stage 3, the timeline and the dashboard.
const revalidate = WORKSPACE_PAGES;

// Replying is joint; logging one's own trigger and one's own plan stay open during a pause.
export const logTriggerAction = partnerAction(logTriggerSchema, (ctx, input) => logTrigger(ctx, input), { revalidate });
export const replyToTriggerAction = partnerAction(replyTriggerSchema, (ctx, input) => replyToTrigger(ctx, input), {
  revalidate,
  joint: true,
});
export const saveTriggerPlanAction = partnerAction(triggerPlanSchema, (ctx, input) => saveTriggerPlan(ctx, input), { revalidate });
