import { z } from "zod";
import { text, wholeNumber } from "@/lib/validation/form";

// The question-and-answer record (stage 2): one schema per input, shared by the forms and the actions.

export * from "@/lib/validation/question-options";
import { QUESTION_MAX, ANSWER_MAX } from "@/lib/validation/question-options";

export const QUESTION_NOT_FOUND = "That question doesn't exist in your workspace.";

const id = (message: string) => z.string({ error: message }).min(1, message).max(64, message);

export const askQuestionSchema = z.object({
  text: text("Your question", { max: QUESTION_MAX }),
  /** An earlier question this one asks again: linked, never blocked. */
  repeatOf: z
    .union([z.literal(""), id(QUESTION_NOT_FOUND)])
    .optional()
    .transform((v) => v || null),
});
export type AskQuestionInput = z.output<typeof askQuestionSchema>;

export const answerQuestionSchema = z.object({
  id: id(QUESTION_NOT_FOUND),
  text: text("Your answer", { max: ANSWER_MAX }),
  /** The revision number the form was showing (0: no answer yet), so a stale form can't pass for the newest. */
  seen: wholeNumber("Reload the page and try again.", { min: 0, max: 999_999 }),
});
export type AnswerQuestionInput = z.output<typeof answerQuestionSchema>;

export const holdQuestionSchema = z.object({
  id: id(QUESTION_NOT_FOUND),
  hold: z.enum(["true", "false"], { error: "Send true or false." }).transform((v) => v === "true"),
});
export type HoldQuestionInput = z.output<typeof holdQuestionSchema>;

export const QUESTION_MESSAGES = {
  ownQuestion: "You asked this question; your partner is the one who answers it.",
  held: "This question is held for a therapy session. Bring it back to the Q&A first if you'd like to answer it in writing.",
  stale: "The answer changed since you opened this page. Reload to see the newest version, then revise it.",
  alreadyHeld: "This question is already held for a session.",
  notHeld: "This question is already in the Q&A.",
} as const;
