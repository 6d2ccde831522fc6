import { z } from "zod";

export const SHARED_CHOICES = ["delete", "keep"] as const;
export type SharedChoice = (typeof SHARED_CHOICES)[number];

/** Asked for when the password was last entered more than 10 minutes ago (lib/server/auth/reauth.ts). */
const password = z
  .string()
  .max(200, "That password is too long.")
  .optional()
  .transform((p) => p || undefined);
const shared = z.enum(SHARED_CHOICES, { error: "Choose what happens to what you shared." });

/** Export, leave and delete all ask for the password again (lib/server/auth/reauth.ts). */
export const exportSchema = z.object({ password });
export const leaveSchema = z.object({ shared, password });
export const deleteAccountSchema = z.object({
  shared: shared.optional(),
  password,
  confirm: z
    .string({ error: "Type the word delete to confirm." })
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.literal("delete", { error: "Type the word delete to confirm." })),
});
