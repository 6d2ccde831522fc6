import { z } from "zod";

export type FieldErrors = Record<string, string[] | undefined>;

/** What every server action returns: forms show `fieldErrors` next to the fields. */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors; formError?: string };

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}

/**
 * Turns FormData into a plain object of strings for zod. Files are dropped; a repeated name keeps
 * its first value unless it is listed in `arrays` (checkboxes), which arrive as arrays.
 */
export function formDataObject(formData: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || key in result) continue;
    result[key] = arrays.includes(key) ? formData.getAll(key) : typeof value === "string" ? value : null;
  }
  return result;
}

export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

/** A trimmed text field with a friendly message for missing, wrong-typed and too-long input. */
export function text(label: string, { min = 1, max }: { min?: number; max: number }) {
  return z
    .string({ error: `${label} must be text.` })
    .max(max * 4, `${label} is too long (at most ${max.toLocaleString("en")} characters).`)
    .transform((value) => value.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(min, min === 1 ? `Enter ${label.toLowerCase()}.` : `${label} needs at least ${min} characters.`)
        .max(max, `${label} is too long (at most ${max.toLocaleString("en")} characters).`),
    );
}

/**
 * Server actions are public POST endpoints: a hand-made request can send anything in place
 * of FormData. Anything else is treated as an empty form, so it gets field errors, not a 500.
 */
export function asFormData(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** For actions that take no fields (the button is the whole request). */
export const noInput = z.object({});

/** A yes/no sent by a form: the strings "true" and "false". */
export const flag = z.enum(["true", "false"], { error: "Send true or false." }).transform((value) => value === "true");
