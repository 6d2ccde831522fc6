import "server-only";
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { z } from "zod";
import { renderMarkdown } from "@/lib/content/markdown";
import { SAFETY_QUESTIONS, SAFETY_QUESTION_KEYS, type SafetyQuestion } from "@/lib/validation/safety";

// The safety check's wording and the class of every answer (content/safety/check.md): editable by a
// practice, checked here so a missing question, a misspelt class or a danger answer that would no
// longer pause stops the build and the tests, not a person mid-check.

export const ANSWER_CLASSES = ["red-flag", "signal", "none"] as const;
export type AnswerClass = (typeof ANSWER_CLASSES)[number];

/**
 * Questions about danger to the person: any answer but "no" must pause joint work, and for
 * self-harm also show crisis lines. Safety overrides everything, so an edit can't soften these.
 */
const DANGER_QUESTIONS: readonly SafetyQuestion[] = ["afraid", "hurt", "forced", "threatened", "self-harm"];

const option = z.strictObject({
  key: z.string(),
  label: z.string().min(2).max(80),
  class: z.enum(ANSWER_CLASSES),
  crisis: z.literal(true).optional(),
  guidance: z.string().optional(),
});

const link = z.strictObject({
  href: z.string().regex(/^\/app(\/[a-z0-9-]+)*(#[a-z0-9-]+)?$/, "must be a page inside Mend, like /app/agreements"),
  label: z.string().min(3).max(80),
});

const schema = z
  .strictObject({
    title: z.string().min(3).max(80),
    intro: z.string().min(10).max(600),
    questions: z.array(
      z.strictObject({
        key: z.enum(SAFETY_QUESTION_KEYS as [SafetyQuestion, ...SafetyQuestion[]]),
        text: z.string().min(10).max(300),
        hint: z.string().min(10).max(200).optional(),
        options: z.array(option).min(2),
      }),
    ),
    guidance: z.array(
      z.strictObject({
        key: z.string().regex(/^[a-z-]+$/),
        title: z.string().min(3).max(80),
        text: z.string().min(10).max(600),
        links: z.array(link),
      }),
    ),
  })
  .superRefine((c, issues) => {
    const problem = (message: string, where: (string | number)[]) => issues.addIssue({ code: "custom", message, path: where });
    for (const key of SAFETY_QUESTION_KEYS) {
      if (c.questions.filter((q) => q.key === key).length !== 1) {
        problem(`every question (${SAFETY_QUESTION_KEYS.join(", ")}) must appear exactly once`, ["questions"]);
        return;
      }
    }
    const guidanceKeys = new Set(c.guidance.map((g) => g.key));
    c.questions.forEach((q, qi) => {
      const expected: readonly string[] = SAFETY_QUESTIONS[q.key];
      const keys = q.options.map((o) => o.key);
      if (keys.length !== expected.length || expected.some((k) => !keys.includes(k))) {
        problem(`${q.key} must offer exactly the answers ${expected.join(", ")}`, ["questions", qi, "options"]);
      }
      q.options.forEach((o, oi) => {
        const at = ["questions", qi, "options", oi];
        if (o.key === "no" && o.class !== "none") problem(`${q.key}: "no" must be class none`, at);
        if (o.crisis && o.class !== "red-flag") problem(`${q.key}/${o.key}: crisis lines go with a red flag only`, at);
        if (o.class === "signal" && !(o.guidance && guidanceKeys.has(o.guidance))) {
          problem(`${q.key}/${o.key}: a signal needs guidance, one of ${[...guidanceKeys].join(", ")}`, at);
        }
        if (o.class !== "signal" && o.guidance) problem(`${q.key}/${o.key}: only a signal shows guidance`, at);
        if (DANGER_QUESTIONS.includes(q.key) && o.key !== "no" && o.class !== "red-flag") {
          problem(`${q.key}/${o.key}: an answer about danger must be a red flag`, at);
        }
        if (q.key === "self-harm" && o.key !== "no" && !o.crisis) problem(`${q.key}/${o.key}: must show crisis lines`, at);
      });
    });
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

export type SafetyGuidance = SafetyCheckContent["guidance"][number];

export type SafetyOutcome = {
  /** A red flag: joint work pauses (once the person has chosen to). */
  pauses: boolean;
  /** A risk of self-harm: crisis lines come first. */
  crisis: boolean;
  /** Guidance to show for signals, in question order, each once. */
  guidance: SafetyGuidance[];
};

/**
 * What a set of answers means, from the content's classes. Stored answers from an older version of
 * the check (other keys) simply count for nothing.
 */
export function classifyAnswers(answers: Readonly<Record<string, unknown>>, content = safetyCheckContent()): SafetyOutcome {
  const outcome: SafetyOutcome = { pauses: false, crisis: false, guidance: [] };
  for (const q of content.questions) {
    const chosen = q.options.find((o) => o.key === answers[q.key]);
    if (!chosen) continue;
    if (chosen.class === "red-flag") outcome.pauses = true;
    if (chosen.crisis) outcome.crisis = true;
    const guidance = chosen.class === "signal" ? content.guidance.find((g) => g.key === chosen.guidance) : undefined;
    if (guidance && !outcome.guidance.includes(guidance)) outcome.guidance.push(guidance);
  }
  return outcome;
}
