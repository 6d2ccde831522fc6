import { z } from "zod";
import { formText } from "@/lib/entries/fields";
import { defineKind, textField } from "@/lib/entries/kinds/define";

const item = textField("text", "Homework item", { max: 500, type: "text", errorLabel: "Homework" });

/** What a therapist suggested between sessions: a shared list either partner ticks. */
export const homework = defineKind({
  kind: "homework",
  schema: z.object({ text: item.schema, done: z.boolean().default(false), doneBy: z.string().optional() }),
  blank: { text: "", done: false },
  exercise: false,
  joint: true,
  fields: () => [item.field],
  // The tick and who made it are not in the form: they stay as stored.
  fromForm: (form, previous) => ({ text: formText(form, "text"), done: previous?.done ?? false, doneBy: previous?.doneBy }),
  toValues: (body) => ({ text: body.text }),
  noun: "a homework item",
  title: "Therapy homework",
  defaultVisibility: "therapist",
  tool: {
    title: "Therapy homework",
    description: "What your therapist suggested between sessions. Either of you can add items and tick them off.",
    empty: { title: "No homework yet", text: "After a session, add what you agreed to practise so it doesn't get lost in a busy week." },
    addLabel: "Add homework",
  },
});
