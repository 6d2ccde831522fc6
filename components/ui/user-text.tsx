import { Fragment, type ReactNode } from "react";

/**
 * Text a person typed (a name, a workspace name, a title, a topic), shown inside a sentence of ours.
 * `<bdi>` isolates its direction: a right-to-left name stays readable, and a direction override
 * hidden in it (U+202E and friends, refused today but possibly stored before) can reverse nothing
 * outside it: not the sentence around it, and not the next name in a list.
 */
export function UserText({ children, className }: { children: ReactNode; className?: string }) {
  return <bdi className={className}>{children}</bdi>;
}

/** Several people's texts in one line ("Alex and Sam"), each isolated on its own. */
export function UserTextList({ items, separator = " and " }: { items: string[]; separator?: string }) {
  return items.map((item, i) => (
    <Fragment key={i}>
      {i > 0 && separator}
      <UserText>{item}</UserText>
    </Fragment>
  ));
}

/**
 * A sentence built as one string elsewhere (a timeline summary) that names people: each occurrence
 * of one of `values` is isolated, the rest stays as written.
 */
export function SentenceWithUserText({ sentence, values }: { sentence: string; values: string[] }) {
  const names = [...new Set(values.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return sentence;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const parts = sentence.split(new RegExp(`(${names.map(escape).join("|")})`));
  return parts.map((part, i) => (i % 2 === 1 ? <UserText key={i}>{part}</UserText> : part));
}
