import { answersKind } from "@/lib/entries/kinds/answers";

/** Answers to an exercise's prompts. */
export const prompt = answersKind("prompt", { noun: "an answer", title: "Answer", defaultVisibility: "partner" });
