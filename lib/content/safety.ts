import "server-only";
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { z } from "zod";
import { renderMarkdown } from "@/lib/content/markdown";
import { SAFETY_QUESTIONS } from "@/lib/validation/safety";

// The safety check's wording (content/safety/check.md): editable by a practice, checked here so a
// missing or misspelt question stops the build and the tests, not a person mid-check.

const schema = z
  .strictObject({
    title: z.string().min(3).max(80),
    intro: z.string().min(10).max(600),
    questions: z.array(z.strictObject({ key: z.enum(SAFETY_QUESTIONS), text: z.string().min(10).max(300) })),
  })
  .refine((c) => SAFETY_QUESTIONS.every((key) => c.questions.filter((q) => q.key === key).length === 1), {
    message: `every question (${SAFETY_QUESTIONS.join(", ")}) must appear exactly once`,
    path: ["questions"],
  });

export type SafetyCheckContent = z.infer<typeof schema> & { html: string };

export function parseSafetyCheck(source: string): SafetyCheckContent {
  const file = matter(source);
  const data = schema.parse(file.data);
  return { ...data, html: renderMarkdown(file.content) };
}

let cached: SafetyCheckContent | undefined;

export function safetyCheckContent(): SafetyCheckContent {
  return (cached ??= parseSafetyCheck(fs.readFileSync(path.join(process.cwd(), "content", "safety", "check.md"), "utf8")));
}
