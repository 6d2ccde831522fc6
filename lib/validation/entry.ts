import { z } from "zod";
import { VISIBILITIES } from "@/lib/entries/labels";
import { text } from "@/lib/validation/form";

// What every entry shares. The body of each kind is declared with its kind, in lib/entries/kinds.

/** The most one entry may hold, across all its fields. */
export const ENTRY_MAX_CHARS = 20_000;

export const visibilitySchema = z.enum(VISIBILITIES, { error: "Choose who can see this." });

/** An optional calendar day, "" when left empty. */
export const optionalIsoDate = z
  .union([
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-24.")
      // Round-trip, because Date.parse quietly rolls 2026-02-31 over into March.
      .refine((d) => {
        const parsed = new Date(`${d}T00:00:00Z`);
        return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === d;
      }, "That date doesn't exist."),
    z.literal(""),
  ])
  .optional();

export const RESPONSE_VERDICTS = ["heard", "not-yet"] as const;
export type Verdict = (typeof RESPONSE_VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = { heard: "I feel heard", "not-yet": "Not yet" };

export const responseSchema = z.object({
  entryId: z.string({ error: "Missing entry." }).min(1).max(64),
  verdict: z.enum(RESPONSE_VERDICTS, { error: `Choose “${VERDICT_LABELS.heard}” or “${VERDICT_LABELS["not-yet"]}”.` }),
  questions: text("Questions", { min: 0, max: 5_000 }).default(""),
});
