import { z } from "zod";
import { formText } from "@/lib/entries/fields";
import { defineKind } from "@/lib/entries/kinds/define";
import { text } from "@/lib/validation/form";

const MAX = 4000;

/**
 * A partner's own plan for keeping trust once the stages are behind them (maintenance, issue 23):
 * what they watch for in themselves, where the walls and windows are in their life, and what they
 * will do when a sign shows. Written about oneself, never about the partner; private until shared.
 */
export const relapsePlan = defineKind({
  kind: "relapse-plan",
  schema: z.object({
    warningSigns: text("Warning signs", { max: MAX }),
    wallsAndWindows: text("Walls and windows", { max: MAX }),
    whenASignShows: text("What you will do", { max: MAX }),
  }),
  blank: { warningSigns: "", wallsAndWindows: "", whenASignShows: "" },
  exercise: false,
  fields: () => [
    {
      name: "warningSigns",
      label: "Warning signs I will watch for in myself",
      type: "textarea",
      required: true,
      maxLength: MAX,
      hint: "Small, early ones: keeping something to myself, a message I wouldn't show, pulling away when we disagree.",
    },
    {
      name: "wallsAndWindows",
      label: "Friendships, work and online life: where are the walls and the windows?",
      type: "textarea",
      required: true,
      maxLength: MAX,
      // Read by both sides: it asks where each wants more openness and clearer lines, and never
      // suggests that the partner who was hurt has a window to close.
      hint: "Where do you want more openness between the two of you, and where do you want a clearer line with people, places or apps outside it?",
    },
    {
      name: "whenASignShows",
      label: "What I will do when one of these signs shows",
      type: "textarea",
      required: true,
      maxLength: MAX,
      hint: "Concrete steps, such as telling my partner that day, or booking a session.",
    },
  ],
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
    stages: ["boundaries"],
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
