import { z } from "zod";

/**
 * The safety check's questions and each one's answer keys. Their words, and the class of each
 * answer (red flag, signal or nothing), live in content/safety/check.md; the server decides the
 * class from the stored answers, never from anything the form sends.
 */
export const SAFETY_QUESTIONS = {
  afraid: ["no", "sometimes", "yes"],
  hurt: ["no", "sometimes", "yes"],
  forced: ["no", "sometimes", "yes"],
  threatened: ["no", "sometimes", "yes"],
  isolated: ["no", "sometimes", "yes"],
  checks: ["no", "agreed", "unagreed"],
  controlled: ["no", "sometimes", "yes"],
  "self-harm": ["no", "sometimes", "yes"],
} as const;
export type SafetyQuestion = keyof typeof SAFETY_QUESTIONS;
export const SAFETY_QUESTION_KEYS = Object.keys(SAFETY_QUESTIONS) as SafetyQuestion[];
export type SafetyAnswers = { [Q in SafetyQuestion]: (typeof SAFETY_QUESTIONS)[Q][number] };

/** "No" to every question: what test couples answer. */
export const SAFETY_ALL_NO = Object.fromEntries(SAFETY_QUESTION_KEYS.map((q) => [q, "no"])) as SafetyAnswers;

const CHOOSE = "Choose an answer to this question.";

export const safetyCheckSchema = z.object({
  ...(Object.fromEntries(SAFETY_QUESTION_KEYS.map((q) => [q, z.enum(SAFETY_QUESTIONS[q], { error: CHOOSE })])) as unknown as {
    [Q in SafetyQuestion]: z.ZodEnum<{ [K in (typeof SAFETY_QUESTIONS)[Q][number]]: K }>;
  }),
  // "pause": the person read the warning and chose to pause now. Anything else saves only answers
  // that don't pause; answers that would pause come back to the form for that choice first.
  intent: z.enum(["pause"]).optional(),
});

/** Four weeks: the check is asked again after this long. */
export const SAFETY_CHECK_VALID_DAYS = 28;

/** What both partners see while joint work is paused: never who paused it, or why. */
export const JOINT_PAUSED = "Joint exercises are paused for now. Individual exercises stay open.";

/** A joint action from someone whose safety check is missing or more than four weeks old. */
export const SAFETY_CHECK_FIRST =
  "Before joint exercises, Mend asks you a few private questions about your safety, every four weeks. " +
  "They take a minute and only you see the answers: open Safety in the menu, then come back to this.";
