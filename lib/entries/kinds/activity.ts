import { z } from "zod";
import { formText } from "@/lib/entries/fields";
import { defineKind, titled } from "@/lib/entries/kinds/define";
import { optionalIsoDate } from "@/lib/validation/entry";

const title = titled("Activity");

export const ACTIVITY_STATUSES = ["idea", "planned", "done"] as const;

/** Something to do together, moved along from idea to planned to done. */
export const activity = defineKind({
  kind: "activity",
  schema: z.object({
    title: title.schema,
    status: z.enum(ACTIVITY_STATUSES).default("idea"),
    plannedFor: optionalIsoDate,
  }),
  blank: { title: "", status: "idea" },
  exercise: false,
  joint: true,
  fields: () => [
    title.field,
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
  ],
  // A form without a status (a starter idea) keeps the stored one.
  fromForm: (form, previous) => ({
    title: formText(form, "title"),
    status: formText(form, "status") ?? previous?.status ?? "idea",
    plannedFor: formText(form, "plannedFor") ?? "",
  }),
  toValues: (body) => ({ title: body.title, status: body.status, ...(body.plannedFor !== undefined && { plannedFor: body.plannedFor }) }),
  noun: "an activity",
  title: "Shared activity",
  defaultVisibility: "partner",
  tool: {
    title: "Things to do together",
    description: "Ideas, plans and the things you actually did. Light and small counts.",
    empty: {
      title: "Nothing planned yet",
      text: "Add one of the starter ideas or one of your own. Something short and easy is a good start.",
    },
    addLabel: "Add your own idea or plan",
  },
});
