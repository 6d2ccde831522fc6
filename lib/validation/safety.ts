import { z } from "zod";

/** The safety check's questions, by key; their words live in content/safety/check.md. */
export const SAFETY_QUESTIONS = ["afraid", "hurt", "threatened", "controlled", "monitored"] as const;
export type SafetyQuestion = (typeof SAFETY_QUESTIONS)[number];

export const SAFETY_ANSWERS = ["no", "sometimes", "yes"] as const;
export type SafetyAnswer = (typeof SAFETY_ANSWERS)[number];
export const SAFETY_ANSWER_LABELS: Record<SafetyAnswer, string> = { no: "No", sometimes: "Sometimes, or not sure", yes: "Yes" };

/** Anything other than a plain "no" is a sign to put safety first. */
export const isFlagged = (answers: Record<SafetyQuestion, SafetyAnswer>) => SAFETY_QUESTIONS.some((q) => answers[q] !== "no");

const answer = z.enum(SAFETY_ANSWERS, { error: "Choose an answer to this question." });

export const safetyCheckSchema = z.object(
  Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q, answer])) as Record<SafetyQuestion, typeof answer>,
);

/** Four weeks: the check is asked again after this long. */
export const SAFETY_CHECK_VALID_DAYS = 28;

/** What both partners see while joint work is paused: never who paused it, or why. */
export const JOINT_PAUSED = "Joint exercises are paused for now. Individual exercises stay open.";

/** A joint action from someone whose safety check is missing or more than four weeks old. */
export const SAFETY_CHECK_FIRST =
  "Before joint exercises, Mend asks you a few private questions about your safety, every four weeks. " +
  "They take a minute and only you see the answers: open Safety in the menu, then come back to this.";
