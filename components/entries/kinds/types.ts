import type { Exercise } from "@/lib/content/schema";
import type { EntryBody, EntryKind } from "@/lib/entries/kinds";

/**
 * How one kind looks on a page. Bodies are rendered as React text nodes (escaped), never as
 * HTML, so nothing a partner types can run in anyone's browser. Read-only on purpose: the therapist
 * view renders these, and its page must not pull in the partners' forms (their JavaScript). The
 * controls of a stage tool live in components/stages/tools/kind-tools.tsx.
 */
export type KindView<K extends EntryKind> = {
  /** The read-only body. */
  Body: (props: { body: EntryBody<K>; exercise?: Exercise }) => React.ReactNode;
};
