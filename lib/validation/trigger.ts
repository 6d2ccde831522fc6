import { z } from "zod";
import { VISIBILITIES } from "@/lib/entries/labels";
import { reportedTimeZone, text, wholeNumber } from "@/lib/validation/form";

// The trigger log (stage 3): one schema per input, shared by the forms and the actions.

export const TRIGGER_WHAT_MAX = 300;
export const TRIGGER_NOTE_MAX = 2000;
export const TRIGGER_REPLY_MAX = 1000;
export const TRIGGER_PLAN_MAX = 2000;
export const INTENSITIES = [1, 2, 3, 4, 5] as const;
export const INTENSITY_LABELS: Record<number, string> = {
  1: "1 · a flicker",
  2: "2 · noticeable",
  3: "3 · hard",
  4: "4 · very hard",
  5: "5 · it took over",
};

export const TRIGGER_NOT_FOUND = "That trigger doesn't exist in your workspace.";
export const INTENSITY_ERROR = "Choose how strong it was, from 1 to 5.";

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
