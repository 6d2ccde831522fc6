import { z } from "zod";
import { formText } from "@/lib/entries/fields";
import { defineKind, textField } from "@/lib/entries/kinds/define";

const notes = textField("notes", "Your notes", {
  max: 10_000,
  hint: "Anything that helps you think: what has changed, what hasn't, what you would need to see, what you are afraid of, what you hope for.",
});

/**
 * A partner's own notes towards the decision to stay or to part (the decision point, issue 23 §3).
 * Only ever its author's: no choice of who sees it, so it can't be shared by mistake or under
 * pressure. Stored with the last stage, the end of the journey, but written on its own page.
 */
export const decisionNotes = defineKind({
  kind: "decision-notes",
  schema: z.object({ notes: notes.schema }),
  blank: { notes: "" },
  exercise: false,
  fields: () => [notes.field],
  fromForm: (form) => ({ notes: formText(form, "notes") }),
  toValues: (body) => ({ notes: body.notes }),
  noun: "a private note",
  title: "Private notes on the decision",
  defaultVisibility: "private",
  onlyMe: true,
  note: "Only you can read these notes. There is no choice of who sees them, so they can't be shared by mistake.",
  tool: {
    page: "/app/decision",
    title: "Your private notes",
    description:
      "Yours alone: your partner never sees them, a therapist link never shows them, and they can't be shared. They are in your own export, and you can delete them at any time.",
    empty: {
      title: "Nothing written yet",
      text: "If it helps, start with one sentence about where you are today.",
    },
    addLabel: "Write a note",
  },
});
