import { formatDay } from "@/lib/intl";
import type { KindView } from "@/components/entries/kinds/types";
import { UserText } from "@/components/ui/user-text";

export const activityView: KindView<"activity"> = {
  Body: ({ body }) => (
    <p className="break-words">
      <UserText>{body.title}</UserText>
      {/* A calendar day without a time: the same wherever it is rendered. */}
      {body.plannedFor ? <span className="text-muted"> · {formatDay(body.plannedFor)}</span> : null}
      <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">{body.status}</span>
    </p>
  ),
};
