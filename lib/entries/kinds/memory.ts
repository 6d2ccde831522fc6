import { z } from "zod";
import { formText } from "@/lib/entries/fields";
import { defineKind, textField, titled } from "@/lib/entries/kinds/define";
import { ENTRY_MAX_CHARS, optionalIsoDate } from "@/lib/validation/entry";

const title = titled("Title");
const words = textField("text", "What you want to remember", { min: 0, max: ENTRY_MAX_CHARS });

/** A good moment worth keeping. */
export const memory = defineKind({
  kind: "memory",
  schema: z.object({
    title: title.schema,
    text: words.schema,
    date: optionalIsoDate,
  }),
  blank: { title: "", text: "" },
  exercise: false,
  fields: () => [title.field, { name: "date", label: "When (optional)", type: "date" }, words.field],
  fromForm: (form) => ({ title: formText(form, "title"), text: formText(form, "text") ?? "", date: formText(form, "date") ?? "" }),
  toValues: (body) => ({ title: body.title, text: body.text, ...(body.date !== undefined && { date: body.date }) }),
  noun: "a memory",
  title: "Memory",
  defaultVisibility: "partner",
  tool: {
    title: "Memory log",
    description: "Good moments worth keeping, big or small.",
    empty: { title: "No memories logged yet", text: "After something good, even a calm walk, write a line about it here." },
    addLabel: "Log a memory",
  },
});
