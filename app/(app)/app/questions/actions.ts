"use server";

import { partnerAction, WORKSPACE_PAGES } from "@/lib/server/actions";
import { answerQuestion, askQuestion, holdQuestion } from "@/lib/server/questions/write";
import { answerQuestionSchema, askQuestionSchema, holdQuestionSchema } from "@/lib/validation/question";

// The question-and-answer record shows on /app/questions, stage 2 and the dashboard.
const revalidate = WORKSPACE_PAGES;

// Asking and answering are joint; holding a question for a therapy session stays open during a pause.
export const askQuestionAction = partnerAction(askQuestionSchema, (ctx, input) => askQuestion(ctx, input), { revalidate, joint: true });
export const answerQuestionAction = partnerAction(answerQuestionSchema, (ctx, input) => answerQuestion(ctx, input), {
  revalidate,
  joint: true,
});
export const holdQuestionAction = partnerAction(holdQuestionSchema, (ctx, input) => holdQuestion(ctx, input), { revalidate });
