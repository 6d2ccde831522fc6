import { HomeworkCheck } from "@/components/stages/tools/tool-controls";
import type { KindView } from "@/components/entries/kinds/types";
import { UserText } from "@/components/ui/user-text";

export const homeworkView: KindView<"homework"> = {
  Body: ({ body }) => (
    <p className="break-words">
      <span aria-hidden>{body.done ? "✓ " : "○ "}</span>
      <UserText>{body.text}</UserText>
      <span className="sr-only">{body.done ? " (done)" : " (to do)"}</span>
    </p>
  ),
  // A shared list: either partner ticks.
  controls: (entry) => <HomeworkCheck id={entry.id} done={entry.body.done} label={entry.body.text} />,
};
