import type { Exercise } from "@/lib/content/schema";
import type { EntryKind } from "@/lib/validation/entry";
import type { FieldSpec } from "@/components/entries/entry-form";

/** The form fields for each entry kind; exercise kinds get one box per prompt. */
export function fieldsFor(kind: EntryKind, exercise?: Exercise): FieldSpec[] {
  switch (kind) {
    case "prompt":
    case "reflection":
    case "accountability":
    case "letter":
      return (exercise?.prompts ?? ["Your answer"]).map((prompt, i) => ({ name: `answer-${i}`, label: prompt, type: "textarea" }));
    case "goal":
      return [
        { name: "title", label: "Goal", type: "text", required: true, maxLength: 200, hint: "Something you want to grow in, for yourself." },
        { name: "steps", label: "Small steps (one per line)", type: "textarea", hint: "Small enough to do this week." },
      ];
    case "homework":
      return [{ name: "text", label: "Homework item", type: "text", required: true, maxLength: 500 }];
    case "activity":
      return [
        { name: "title", label: "Activity", type: "text", required: true, maxLength: 200 },
        { name: "plannedFor", label: "Planned for (optional)", type: "date" },
        {
          name: "status",
          label: "Status",
          type: "select",
          options: [
            { value: "idea", label: "An idea for later" },
            { value: "planned", label: "Planned" },
            { value: "done", label: "Done together" },
          ],
        },
      ];
    case "memory":
      return [
        { name: "title", label: "Title", type: "text", required: true, maxLength: 200 },
        { name: "date", label: "When (optional)", type: "date" },
        { name: "text", label: "What you want to remember", type: "textarea" },
      ];
    case "gratitude":
      return [{ name: "text", label: "Gratitude note", type: "textarea", required: true, maxLength: 2000 }];
  }
}

/** Current values of an entry, as form field values. */
export function valuesFor(kind: EntryKind, body: Record<string, unknown>, visibility: string): Record<string, string> {
  const values: Record<string, string> = { visibility };
  if (Array.isArray(body.answers)) (body.answers as string[]).forEach((a, i) => (values[`answer-${i}`] = a));
  if (kind === "goal") values.steps = ((body.steps as { text: string }[]) ?? []).map((s) => s.text).join("\n");
  for (const key of ["title", "text", "status", "plannedFor", "date"]) if (typeof body[key] === "string") values[key] = body[key] as string;
  return values;
}
