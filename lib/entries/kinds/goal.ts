import { z } from "zod";
import { formText } from "@/lib/entries/fields";
import { defineKind, titled } from "@/lib/entries/kinds/define";
import { text } from "@/lib/validation/form";

const title = titled("Goal", "Something you want to grow in, for yourself.");
const step = z.object({ text: text("A step", { max: 300 }), done: z.boolean().default(false) });

/** A personal growth goal, in small steps its author ticks off. */
export const goal = defineKind({
  kind: "goal",
  schema: z.object({
    title: title.schema,
    steps: z.array(step).max(20, "Keep it to 20 steps or fewer."),
  }),
  blank: { title: "", steps: [] },
  exercise: false,
  fields: () => [
    title.field,
    { name: "steps", label: "Small steps (one per line)", type: "textarea", hint: "Small enough to do this week." },
  ],
  fromForm(form, previous) {
    // Keep ticks on steps whose text did not change.
    const before = new Map((previous?.steps ?? []).map((s) => [s.text, s.done]));
    const raw = formText(form, "steps");
    const steps =
      typeof raw === "string"
        ? raw
            .split("\n")
            .map((s) => s.trim())
            .filter(Boolean)
            .map((text) => ({ text, done: before.get(text) ?? false }))
        : raw;
    return { title: formText(form, "title"), steps };
  },
  toValues: (body) => ({ title: body.title, steps: body.steps.map((s) => s.text).join("\n") }),
  noun: "a growth goal",
  title: "Growth goal",
  defaultVisibility: "partner",
  tool: {
    title: "Personal growth goals",
    description: "Each of you can set goals for your own growth, broken into small steps you can tick off.",
    empty: {
      title: "No goals yet",
      text: "Pick one thing you want to grow in, such as noticing when you get defensive, and two or three small steps.",
    },
    addLabel: "Add a goal",
  },
});
