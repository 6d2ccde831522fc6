import type { Exercise, Stage } from "@/lib/content/schema";
import type { EntryBody, EntryKind } from "@/lib/entries/kinds";
import type { EntryViewOf } from "@/lib/server/entries/serialize";

/**
 * How one kind looks on a page. Bodies are rendered as React text nodes (escaped), never as
 * HTML, so nothing a partner types can run in anyone's browser.
 */
export type KindView<K extends EntryKind> = {
  /** The read-only body. */
  Body: (props: { body: EntryBody<K>; exercise?: Exercise }) => React.ReactNode;
  /** Controls under an item of a stage tool (tick a step, mark homework done…). */
  controls?: (entry: EntryViewOf<K>, viewerId: string) => React.ReactNode;
  /** Shown at the top of the kind's tool section (starter ideas…). */
  ToolIntro?: (props: { stage: Stage }) => React.ReactNode;
};
