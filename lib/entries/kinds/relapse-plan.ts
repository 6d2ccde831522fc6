import { z } from "zod";
import { formText } from "@/lib/entries/fields";
import { defineKind, textField } from "@/lib/entries/kinds/define";

const MAX = 4000;
const warningSigns = textField("warningSigns", "Warning signs I will watch for in myself", {
  max: MAX,
  errorLabel: "Warning signs",
  hint: "Small, early ones: keeping something to myself, a message I wouldn't show, pulling away when we disagree.",
});
const wallsAndWindows = textField("wallsAndWindows", "Friendships, work and online life: where are the walls and the windows?", {
  max: MAX,
  errorLabel: "Walls and windows",
  // Read by both sides: it asks where each wants more openness and clearer lines, and never
  // suggests that the partner who was hurt has a window to close.
  hint: "Where do you want more openness between the two of you, and where do you want a clearer line with people, places or apps outside it?",
});
const whenASignShows = textField("whenASignShows", "What I will do when one of these signs shows", {
  max: MAX,
  errorLabel: "What you will do",
  hint: "Concrete steps, such as telling my partner that day, or booking a session.",
});

/**
 * A partner's own plan for keeping trust once the stages are behind them (maintenance, issue 23):
 * what they watch for in themselves, where the walls and windows are in their life, and what they
 * will do when a sign shows. Written about oneself, never about the partner; private until shared.
 */
export const relapsePlan = defineKind({
  kind: "relapse-plan",
  schema: z.object({ warningSigns: warningSigns.schema, wallsAndWindows: wallsAndWindows.schema, whenASignShows: whenASignShows.schema }),
  blank: { warningSigns: "", wallsAndWindows: "", whenASignShows: "" },
  exercise: false,
  fields: () => [warningSigns.field, wallsAndWindows.field, whenASignShows.field],
  fromForm: (form) => ({
    warningSigns: formText(form, "warningSigns"),
    wallsAndWindows: formText(form, "wallsAndWindows"),
    whenASignShows: formText(form, "whenASignShows"),
  }),
  toValues: (body) => ({ warningSigns: body.warningSigns, wallsAndWindows: body.wallsAndWindows, whenASignShows: body.whenASignShows }),
  noun: "a relapse-prevention plan",
  title: "Relapse-prevention plan",
  // About oneself, and easier to write honestly in private first: shared only if its author chooses.
  defaultVisibility: "private",
  note: "Each of you writes your own plan, about yourself. It stays private unless you choose to share it.",
  tool: {
    title: "Relapse-prevention plan",
    description:
      "A plan each of you writes for yourself, for the months after the stages: the early signs you will watch for in yourself, and what you will do when one shows.",
    empty: {
      title: "No plan yet",
      text: "Start with one or two warning signs you know in yourself. A short, honest plan is worth more than a long one.",
    },
    addLabel: "Write your plan",
  },
});
