import { z } from "zod";
import { nameText } from "@/lib/validation/form";
import { nameSchema } from "@/lib/validation/auth";
import { BREACHES, type Breach } from "@/lib/content/readers";
import { NAME_MAX } from "@/lib/validation/limits";

export * from "@/lib/validation/couple-options";
import { SIDES } from "@/lib/validation/couple-options";

export const sideSchema = z.enum(SIDES, { error: "Choose one of the options." });

const BREACH_MESSAGE = "Choose one of the options.";
export const breachSchema = z.enum(BREACHES, { error: BREACH_MESSAGE });

/** The kind of breach, or "" to clear it (back to not said): null means not set. */
export const setBreachSchema = z.object({
  breach: z.union([z.literal(""), breachSchema], { error: BREACH_MESSAGE }).transform((v): Breach | null => (v === "" ? null : v)),
});

export const createCoupleSchema = z.object({
  name: nameText("Workspace name", { max: NAME_MAX }),
  side: sideSchema.default("unsaid"),
  // Optional in onboarding: skipping it leaves it unset, changeable in settings by either partner.
  breach: z
    .union([z.literal(""), breachSchema], { error: BREACH_MESSAGE })
    .optional()
    .transform((v): Breach | null => (v ? v : null)),
});

export const updateProfileSchema = z.object({
  name: nameSchema,
  side: sideSchema,
});

export const INVITE_INVALID = "This invite link is no longer valid. Ask your partner to create a new one.";
export const acceptInviteSchema = z.object({
  token: z.string({ error: INVITE_INVALID }).max(200, INVITE_INVALID),
});
