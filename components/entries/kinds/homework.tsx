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
};
