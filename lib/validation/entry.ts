import { z } from "zod";
import { VISIBILITIES } from "@/lib/entries/labels";
import { calendarDay, text } from "@/lib/validation/form";
import { RESPONSE_QUESTIONS_MAX } from "@/lib/validation/limits";

// What every entry shares. The body of each kind is declared with its kind, in lib/entries/kinds.

/** The most one entry may hold, across all its fields: one number with the request limit it sets. */
export { ENTRY_MAX_CHARS } from "@/lib/request-limits.mjs";

export const visibilitySchema = z.enum(VISIBILITIES, { error: "Choose who can see this." });

/** An optional calendar day, "" when left empty. */
export const optionalIsoDate = z
  .union([z.literal(""), calendarDay("That date doesn't exist. Use a date like 2026-12-24.")], {
    error: "That date doesn't exist. Use a date like 2026-12-24.",
  })
  .optional();

export * from "@/lib/validation/entry-options";
import { RESPONSE_VERDICTS, VERDICT_LABELS } from "@/lib/validation/entry-options";

export const responseSchema = z.object({
  entryId: z.string({ error: "Missing entry." }).min(1).max(64),
  verdict: z.enum(RESPONSE_VERDICTS, { error: `Choose “${VERDICT_LABELS.heard}” or “${VERDICT_LABELS["not-yet"]}”.` }),
  questions: text("Questions", { min: 0, max: RESPONSE_QUESTIONS_MAX }).default(""),
});
