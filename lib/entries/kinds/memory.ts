import { z } from "zod";
import { formText } from "@/lib/entries/fields";
import { defineKind, titled } from "@/lib/entries/kinds/define";
import { ENTRY_MAX_CHARS, optionalIsoDate } from "@/lib/validation/entry";
import { text } from "@/lib/validation/form";

const title = titled("Title");

/** A good moment worth keeping. */
export const memory = defineKind({
  kind: "memory",
  schema: z.object({
    title: title.schema,
    text: text("What you want to remember", { min: 0, max: ENTRY_MAX_CHARS }),
    date: optionalIsoDate,
  }),
  blank: { title: "", text: "" },
  exercise: false,
  fields: () => [
    title.field,
    { name: "date", label: "When (optional)", type: "date" },
    { name: "text", label: "What you want to remember", type: "textarea" },
  ],
  fromForm: (form) => ({ title: formText(form, "title"), text: formText(form, "text") ?? "", date: formText(form, "date") ?? "" }),
  toValues: (body) => ({ title: body.title, text: body.text, ...(body.date !== undefined && { date: body.date }) }),
  noun: "a memory",
  title: "Memory",
  defaultVisibility: "partner",
  tool: {
    stages: ["new-memories"],
    title: "Memory log",
    description: "Good moments worth keeping, big or small.",
    empty: { title: "No memories logged yet", text: "After something good, even a calm walk, write a line about it here." },
    addLabel: "Log a memory",
  },
});
