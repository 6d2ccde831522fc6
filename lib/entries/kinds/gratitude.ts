import { z } from "zod";
import { formText } from "@/lib/entries/fields";
import { defineKind, textField } from "@/lib/entries/kinds/define";

const note = textField("text", "Gratitude note", { max: 2_000 });

/** A short note of thanks. */
export const gratitude = defineKind({
  kind: "gratitude",
  schema: z.object({ text: note.schema }),
  blank: { text: "" },
  exercise: false,
  fields: () => [note.field],
  fromForm: (form) => ({ text: formText(form, "text") }),
  toValues: (body) => ({ text: body.text }),
  noun: "a gratitude note",
  title: "Gratitude note",
  defaultVisibility: "partner",
  tool: {
    title: "Gratitude notes",
    description: "Short notes of thanks: for effort noticed, for kindness, for staying.",
    empty: { title: "No notes yet", text: "Notice one thing your partner did this week, and say thank you for it." },
    addLabel: "Write a gratitude note",
  },
});
