import { formatDay } from "@/lib/intl";
import type { KindView } from "@/components/entries/kinds/types";
import { UserText } from "@/components/ui/user-text";

export const memoryView: KindView<"memory"> = {
  Body: ({ body }) => (
    <div>
      <p className="font-medium break-words">
        <UserText>{body.title}</UserText>
        {/* A calendar day without a time: the same wherever it is rendered. */}
        {body.date ? <span className="font-normal text-muted"> · {formatDay(body.date)}</span> : null}
      </p>
      {body.text ? <p className="mt-1 whitespace-pre-wrap break-words">{body.text}</p> : null}
    </div>
  ),
};
