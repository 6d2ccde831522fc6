import { z } from "zod";
import { isLocalDate, isValidTimeZone } from "@/lib/check-ins/dates";
import type { FieldErrors } from "@/lib/validation/result";

// Zod probes `new Function("")` to compile fast parsers. Mend's CSP forbids eval in the browser,
// so the probe itself is reported as a CSP violation on the pages that parse (sign-in, sign-up).
// Every client form imports this module, so in the browser zod parses without compiling.
if (typeof window !== "undefined") z.config({ jitless: true });

// The answers' types and `refuse` live in result.ts (no zod there), for client code that only reads
// answers; everything else imports them from here.
export { refuse, type ActionResult, type FieldErrors } from "@/lib/validation/result";

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

/**
 * C0 control characters (NUL among them) and DEL, except tab, line feed and carriage return: no
 * keyboard types them, they cut text short in other programs, and stored they would stay unseen.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const controlCharacterError = (label: string) => `${label} contains a hidden control character. Remove it and try again.`;

/** Text as the person typed it: line breaks as "\n" (see text()), composed characters, no outer spaces. */
export const asTyped = (value: string) => value.replace(/\r\n?/g, "\n").normalize("NFC").trim();

/**
 * A trimmed text field with a friendly message for missing, wrong-typed and too-long input, and for
 * hidden control characters (checked before trimming, which would quietly drop some of them). Line
 * breaks are stored as "\n": a form sends a text box's breaks as CRLF, while the box's maxLength
 * counted each as one character, so the length is checked after that, as the person saw it.
 */
export function text(label: string, { min = 1, max }: { min?: number; max: number }) {
  return z
    .string({ error: `${label} must be text.` })
    .max(max * 4, `${label} is too long (at most ${max.toLocaleString("en")} characters).`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), controlCharacterError(label))
    .transform(asTyped)
    .pipe(
      z
        .string()
        .min(min, min === 1 ? `Enter ${label.toLowerCase()}.` : `${label} needs at least ${min} characters.`)
        .max(max, `${label} is too long (at most ${max.toLocaleString("en")} characters).`),
    );
}

/** True when `value` holds a control character `text()` refuses (for free text parsed elsewhere). */
export const hasControlCharacter = (value: string) => CONTROL_CHARACTERS.test(value);

/**
 * The invisible marks that set or override the direction of text: embeddings and overrides
 * (U+202A–U+202E), isolates (U+2066–U+2069), and the left-to-right, right-to-left and Arabic marks.
 * Right-to-left letters themselves are welcome: browsers order them without any mark.
 */
const DIRECTION_CHARACTERS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
export const DIRECTION_CHARACTERS_ERROR =
  "Remove the hidden direction characters from this name. They can make the words around it read backwards.";

/**
 * A name people see inside other sentences (a person's, a workspace's, a therapist's): text, and
 * no direction marks, which would turn the sentence around the name backwards wherever it is shown.
 */
export function nameText(label: string, { max }: { max: number }) {
  return text(label, { max }).refine((value) => !DIRECTION_CHARACTERS.test(value), DIRECTION_CHARACTERS_ERROR);
}

/** A calendar day written YYYY-MM-DD that exists: 2026-02-31 is refused, never rolled over into March. */
export function calendarDay(message: string) {
  return z.string({ error: message }).refine(isLocalDate, message);
}

/**
 * A whole number typed in a form: plain decimal digits only. `Number()` and `z.coerce` also read
 * "0x10" as 16, "1e1" as 10, " 7 " as 7 and "Infinity", so a value nobody typed would pass.
 */
export function wholeNumber(message: string, { min, max }: { min: number; max: number }) {
  return z
    .string({ error: message })
    .regex(/^\d{1,9}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
}

export const TIME_ZONE_ERROR = "Choose a time zone from the list.";
/** An IANA time zone this runtime knows; anything else is refused, never replaced by UTC. */
export const timeZoneField = z.string({ error: TIME_ZONE_ERROR }).refine(isValidTimeZone, TIME_ZONE_ERROR);
export const REPORTED_TIME_ZONE_ERROR =
  "Your device reports a time zone Mend doesn't recognise. Check the time zone in your device's settings, then try again.";
/** The zone a browser reports in a hidden field: UTC when the form sends none, refused when unknown. */
export const reportedTimeZone = z
  .union([z.literal(""), z.string().refine(isValidTimeZone, REPORTED_TIME_ZONE_ERROR)], { error: REPORTED_TIME_ZONE_ERROR })
  .optional()
  .transform((zone) => zone || "UTC");

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
