import { z } from "zod";
import { formText, type FieldSpec } from "@/lib/entries/fields";
import { defineKind, type KindDefinition } from "@/lib/entries/kinds/define";
import { ENTRY_MAX_CHARS } from "@/lib/validation/entry";
import { asTyped, controlCharacterError, hasControlCharacter } from "@/lib/validation/form";

// The shape shared by the exercise kinds: one answer per prompt of the exercise.

const MAX_PROMPTS = 6;
const tooLong = `Each answer can be at most ${ENTRY_MAX_CHARS.toLocaleString("en")} characters.`;

const answer = z
  .string({ error: "Answers must be text." })
  .max(ENTRY_MAX_CHARS * 2, tooLong)
  .refine((v) => !hasControlCharacter(v), controlCharacterError("An answer"))
  .transform(asTyped)
  .pipe(z.string().max(ENTRY_MAX_CHARS, tooLong));

/** One answer per prompt, as a body field. */
export const answersArray = z.array(answer).min(1).max(MAX_PROMPTS);

/** At least one answer must be filled in; the total is capped. Shared by every body with answers. */
export function withAnswerChecks<T extends z.ZodType<{ answers: string[] }>>(schema: T) {
  return (
    schema
      .refine((b) => b.answers.some((a) => a.length > 0), { message: "Write something in at least one box.", path: ["answers"] })
      // Only one message at a time: the total is checked once every single answer fits.
      .refine((b) => b.answers.some((a) => a.length > ENTRY_MAX_CHARS) || b.answers.reduce((n, a) => n + a.length, 0) <= ENTRY_MAX_CHARS, {
        message: `All answers together can be at most ${ENTRY_MAX_CHARS.toLocaleString("en")} characters.`,
        path: ["answers"],
      })
  );
}

export const answersSchema = withAnswerChecks(z.object({ answers: answersArray }));
export type AnswersBody = z.output<typeof answersSchema>;

type Words = Pick<KindDefinition, "noun" | "title" | "defaultVisibility" | "highlight" | "respondable" | "note">;

/** One text box per prompt of the exercise. */
export const answerFields = (exercise?: { prompts: readonly string[] }): FieldSpec[] =>
  (exercise?.prompts ?? ["Your answer"]).map((prompt, i) => ({ name: `answer-${i}`, label: prompt, type: "textarea" }));

/** The submitted boxes, in order, up to the first one the form did not send. */
export function answersFromForm(form: FormData): unknown[] {
  const answers: unknown[] = [];
  for (let i = 0; i < MAX_PROMPTS; i++) {
    const v = formText(form, `answer-${i}`);
    if (v === undefined) break;
    answers.push(v);
  }
  return answers;
}

export const answerValues = (answers: readonly string[]) => Object.fromEntries(answers.map((a, i) => [`answer-${i}`, a]));

/** An exercise kind: its name and words; the fields, form and schema are the shared ones. */
export function answersKind<const K extends string>(kind: K, words: Words) {
  return defineKind({
    kind,
    schema: answersSchema,
    blank: { answers: [] },
    exercise: true,
    fields: answerFields,
    fromForm: (form) => ({ answers: answersFromForm(form) }),
    toValues: (body) => answerValues(body.answers),
    ...words,
  });
}
