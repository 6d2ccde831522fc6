import { z } from "zod";
import { formText } from "@/lib/entries/fields";
import { defineKind } from "@/lib/entries/kinds/define";
import { answerFields, answersArray, answersFromForm, answerValues, withAnswerChecks } from "@/lib/entries/kinds/answers";

/** The message under a reply whose letter can't be answered (gone, private, not theirs): the form's hidden field. */
export const LETTER_GONE = "That letter isn't shared with you any more, so this reply can't go under it. Reload the page.";

const letterId = z.string({ error: LETTER_GONE }).min(1, LETTER_GONE).max(64, LETTER_GONE);

/**
 * The reflective reply of the partner who broke trust to one impact letter (issue 20 §6): the
 * letter's id and one answer per prompt. createEntry checks the letter is one its author may
 * read (lib/server/entries/write.ts); an edit keeps the letter it was written under.
 */
export const letterReply = defineKind({
  kind: "letter-reply",
  schema: withAnswerChecks(z.object({ letterId, answers: answersArray })),
  blank: { letterId: "", answers: [] },
  exercise: true,
  fields: (exercise) => [...answerFields(exercise), { name: "letterId", label: "The letter this answers", type: "hidden" }],
  fromForm: (form, previous) => ({ letterId: previous?.letterId ?? formText(form, "letterId"), answers: answersFromForm(form) }),
  toValues: (body) => ({ ...answerValues(body.answers), letterId: body.letterId }),
  noun: "a reply to a letter",
  title: "Reply to a letter",
  // Sensitive like the letter it answers: drafted privately, shared when it says what its author means.
  defaultVisibility: "private",
  // Answering the other partner's writing is joint work: refused while joint exercises are paused.
  joint: true,
  highlight: true,
});
