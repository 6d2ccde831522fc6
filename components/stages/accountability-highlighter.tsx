"use client";

import { FLAG_LABELS, segment, findFlags } from "@/lib/entries/accountability-lexicon";

/**
 * Shows the writer's own words with phrases that weaken an apology marked, and a short,
 * kind note for each. Runs in the browser only; nothing is sent anywhere.
 */
export function AccountabilityHighlighter({ text }: { text: string }) {
  const flags = findFlags(text);
  if (!text.trim() || flags.length === 0) return null;
  return (
    <div className="mt-2 rounded-lg border border-warm-100 bg-warm-100/40 p-3 text-sm" aria-live="polite" data-testid="highlighter">
      <p className="font-medium text-warm-700">
        {flags.length === 1 ? "One phrase" : `${flags.length} phrases`} may read as less than full responsibility:
      </p>
      <p className="mt-2 whitespace-pre-wrap break-words text-ink">
        {segment(text).map((part, i) =>
          part.flag ? (
            <mark key={i} className="rounded bg-amber-200 px-0.5 text-ink" title={FLAG_LABELS[part.flag.kind]}>
              {part.text}
            </mark>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
      <ul className="mt-2 space-y-1">
        {flags.map((f, i) => (
          <li key={i}>
            <strong>“{f.text}”</strong> ({FLAG_LABELS[f.kind]}): {f.why} <em>Try instead:</em> {f.tryInstead}
          </li>
        ))}
      </ul>
    </div>
  );
}
