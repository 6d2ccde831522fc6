import type { KindView } from "@/components/entries/kinds/types";

export const gratitudeView: KindView<"gratitude"> = {
  Body: ({ body }) => <p className="whitespace-pre-wrap break-words">{body.text}</p>,
};
