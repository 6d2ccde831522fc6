import { z } from "zod";
import { nameText, wholeNumber } from "@/lib/validation/form";
import { NAME_MAX } from "@/lib/validation/limits";

// Therapist share links: one schema for the settings form and the server action.

/**
 * The sections a link can include, in the order the therapist view shows them: the one list.
 * A feature the therapist may follow adds its key here (and its label below).
 */
export const SHARE_SECTIONS = [
  "intake",
  "progress",
  "check-ins",
  "entries",
  "agreements",
  "commitments",
  "talks",
  "held-questions",
  "triggers",
] as const;
export type ShareSection = (typeof SHARE_SECTIONS)[number];

export const SHARE_SECTION_LABELS: Record<ShareSection, { label: string; hint: string }> = {
  intake: {
    label: "Intake summary",
    hint: "Each partner's intake answers marked “Partner and therapist”: what happened, when, who knows. Answers kept to oneself or shared only with each other never appear.",
  },
  progress: {
    label: "Journey progress",
    hint: "Which of the nine stages each of you has marked done, and which you've finished together.",
  },
  "check-ins": {
    label: "Check-ins and the trust timeline",
    hint: "Both partners' daily trust and closeness scores over time, and check-in notes saved for a therapist. Scores a partner keeps private stay hidden.",
  },
  entries: {
    label: "Entries shared with a therapist",
    hint: "Only entries either of you saved as “Partner and therapist”. Private and partner-only entries never appear.",
  },
  agreements: {
    label: "Rules of the game",
    hint: "The agreements you have both accepted, as they stand now. Proposals still under discussion never appear.",
  },
  commitments: {
    label: "Commitments",
    hint: "Each commitment, how often it applies and its kept-rate over 4 and 12 weeks, with the logs and notes of the last 12 weeks.",
  },
  talks: {
    label: "Talks",
    hint: "The topics and dates of your talks, and only the notes either of you saved for a therapist. Private and partner-only notes never appear.",
  },
  "held-questions": {
    label: "Questions held for a session",
    hint: "Questions either of you held for a therapy session, with any written answers and their revisions. Questions still in your Q&A never appear.",
  },
  triggers: {
    label: "Trigger log",
    hint: "How many triggers were logged each week and how strong they were, plus only the details saved for a therapist.",
  },
};

export const SHARE_DEFAULT_DAYS = 30;
export const SHARE_MAX_DAYS = 180;

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
