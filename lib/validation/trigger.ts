import { z } from "zod";
import { VISIBILITIES } from "@/lib/entries/labels";
import { reportedTimeZone, text, wholeNumber } from "@/lib/validation/form";

// The trigger log (stage 3): one schema per input, shared by the forms and the actions.

export * from "@/lib/validation/trigger-options";
import {
  TRIGGER_WHAT_MAX,
  TRIGGER_NOTE_MAX,
  TRIGGER_REPLY_MAX,
  TRIGGER_PLAN_MAX,
  TRIGGER_NOT_FOUND,
  INTENSITY_ERROR,
} from "@/lib/validation/trigger-options";

const id = (message: string) => z.string({ error: message }).min(1, message).max(64, message);

export const logTriggerSchema = z.object({
  what: text("What happened", { max: TRIGGER_WHAT_MAX }),
  intensity: wholeNumber(INTENSITY_ERROR, { min: 1, max: 5 }),
  note: z.union([z.literal(""), text("Your note", { max: TRIGGER_NOTE_MAX })]).default(""),
  noteVisibility: z.enum(VISIBILITIES, { error: "Choose who can see your note." }).default("private"),
  timeZone: reportedTimeZone,
});
export type LogTriggerInput = z.output<typeof logTriggerSchema>;

export const replyTriggerSchema = z.object({
  id: id(TRIGGER_NOT_FOUND),
  text: text("Your reply", { max: TRIGGER_REPLY_MAX }),
});
export type ReplyTriggerInput = z.output<typeof replyTriggerSchema>;

export const triggerPlanSchema = z
  .object({
    helpsMe: text("What helps me", { min: 0, max: TRIGGER_PLAN_MAX }).default(""),
    iWill: text("What I will do", { min: 0, max: TRIGGER_PLAN_MAX }).default(""),
  })
  .refine((d) => d.helpsMe || d.iWill, { path: ["helpsMe"], message: "Write at least one part of your plan." });
export type TriggerPlanInput = z.output<typeof triggerPlanSchema>;

export const TRIGGER_MESSAGES = {
  ownTrigger: "This is your own trigger; the reply comes from your partner.",
} as const;
