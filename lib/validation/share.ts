import { z } from "zod";
import { nameText, wholeNumber } from "@/lib/validation/form";
import { NAME_MAX } from "@/lib/validation/limits";

// Therapist share links: one schema for the settings form and the server action.

export * from "@/lib/validation/share-options";
import { SHARE_SECTIONS, type ShareSection, SHARE_DEFAULT_DAYS, SHARE_MAX_DAYS } from "@/lib/validation/share-options";

const sectionSchema = z.enum(SHARE_SECTIONS, { error: "Choose from the sections listed." });

export const createShareLinkSchema = z.object({
  therapistName: nameText("The therapist's name", { max: NAME_MAX }),
  /** Asked for when the password was last entered more than 10 minutes ago (lib/server/auth/reauth.ts). */
  password: z
    .string()
    .max(200, "That password is too long.")
    .optional()
    .transform((p) => p || undefined),
  scope: z
    .array(sectionSchema, { error: "Choose at least one thing to share." })
    .max(SHARE_SECTIONS.length)
    .min(1, "Choose at least one thing to share.")
    .transform((sections) => SHARE_SECTIONS.filter((s) => sections.includes(s))),
  expiryDays: z
    .string({ error: "Enter a number of days." })
    .optional()
    .transform((value) => value || String(SHARE_DEFAULT_DAYS))
    .pipe(wholeNumber("Enter a whole number of days, like 30.", { min: 0, max: 999_999_999 }))
    .refine((n) => n >= 1, "A link needs to last at least 1 day.")
    .refine((n) => n <= SHARE_MAX_DAYS, `A link can last at most ${SHARE_MAX_DAYS} days.`),
});
/** What createShareLink needs (the password is checked before, by the action). */
export type CreateShareLinkData = Omit<z.output<typeof createShareLinkSchema>, "password">;

export const SHARE_LINK_NOT_FOUND = "That link doesn't exist or was already switched off.";
export const revokeShareLinkSchema = z.object({
  id: z.string({ error: SHARE_LINK_NOT_FOUND }).min(1, SHARE_LINK_NOT_FOUND).max(64, SHARE_LINK_NOT_FOUND),
});

/** The stored scope (a JSON array) as known sections; anything unreadable shows nothing. */
export function parseScope(stored: string): ShareSection[] {
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [];
    return SHARE_SECTIONS.filter((s) => value.includes(s));
  } catch {
    return [];
  }
}
