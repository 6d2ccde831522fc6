import { z } from "zod";
import { nameText } from "@/lib/validation/form";
import { nameSchema } from "@/lib/validation/auth";

export const SIDES = ["unsaid", "hurt", "involved", "both"] as const;
export type Side = (typeof SIDES)[number];

export const SIDE_LABELS: Record<Side, string> = {
  unsaid: "I'd rather not say",
  hurt: "I was hurt by what happened",
  involved: "I broke the trust",
  both: "Both of us were hurt and both broke trust",
};

export const sideSchema = z.enum(SIDES, { error: "Choose one of the options." });

export const createCoupleSchema = z.object({
  name: nameText("Workspace name", { max: 80 }),
  side: sideSchema.default("unsaid"),
});

export const updateProfileSchema = z.object({
  name: nameSchema,
  side: sideSchema,
});

export const INVITE_INVALID = "This invite link is no longer valid. Ask your partner to create a new one.";
export const acceptInviteSchema = z.object({
  token: z.string({ error: INVITE_INVALID }).max(200, INVITE_INVALID),
});
