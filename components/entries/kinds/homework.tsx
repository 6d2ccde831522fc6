import { HomeworkCheck } from "@/components/stages/tools/tool-controls";
import type { KindView } from "@/components/entries/kinds/types";

export const homeworkView: KindView<"homework"> = {
  Body: ({ body }) => (
    <p className="break-words">
      <span aria-hidden>{body.done ? "✓ " : "○ "}</span>
      {body.text}
      <span className="sr-only">{body.done ? " (done)" : " (to do)"}</span>
    </p>
  ),
  // A shared list: either partner ticks.
  controls: (entry) => <HomeworkCheck id={entry.id} done={entry.body.done} label={entry.body.text} />,
};
