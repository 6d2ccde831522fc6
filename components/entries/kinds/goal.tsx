import type { KindView } from "@/components/entries/kinds/types";
import { UserText } from "@/components/ui/user-text";

export const goalView: KindView<"goal"> = {
  Body: ({ body }) => (
    <div>
      <p className="font-medium break-words">
        <UserText>{body.title}</UserText>
      </p>
      {body.steps.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm">
          {body.steps.map((s, i) => (
            <li key={i} className="flex gap-2">
              <span aria-hidden>{s.done ? "✓" : "○"}</span>
              <UserText className={s.done ? "text-muted line-through" : ""}>{s.text}</UserText>
              <span className="sr-only">{s.done ? "(done)" : "(not done yet)"}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  ),
};
