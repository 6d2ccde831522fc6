import type { DiffPart } from "@/lib/server/agreements/diff";
import { UserText } from "@/components/ui/user-text";

/** A word-level diff, readable without colour: removed words are struck through, added ones underlined. */
export function WordDiff({ parts, label }: { parts: DiffPart[]; label: string }) {
  return (
    <p className="whitespace-pre-wrap break-words" aria-label={label} data-testid="diff">
      <UserText>
        {parts.map((part, i) =>
          part.kind === "added" ? (
            <ins key={i} className="rounded bg-emerald-100 text-emerald-950 underline decoration-emerald-700">
              {part.text}
            </ins>
          ) : part.kind === "removed" ? (
            <del key={i} className="rounded bg-rose-100 text-rose-950 line-through decoration-rose-700">
              {part.text}
            </del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </UserText>
    </p>
  );
}
