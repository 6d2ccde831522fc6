// What an entry form is made of. Lives in lib so the kind registry can declare its fields
// without importing React components.

export type FieldSpec = {
  name: string;
  label: string;
  /** "hidden": carried by the form, never shown (which letter a reply answers). */
  type: "textarea" | "text" | "date" | "select" | "hidden";
  options?: { value: string; label: string }[];
  required?: boolean;
  maxLength?: number;
  hint?: string;
};

/** Form field values by field name, as the edit form shows them. */
export type FormValues = Record<string, string>;

/**
 * One submitted field: its text, `undefined` when the form did not send it, `null` when it
 * sent something that is not text (a file). The kind's schema then says what is wrong.
 */
export function formText(form: FormData, name: string): string | null | undefined {
  const v = form.get(name);
  return typeof v === "string" ? v : v === null ? undefined : null;
}
