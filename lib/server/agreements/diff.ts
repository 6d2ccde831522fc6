import "server-only";
import { diffWords } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** A word-level diff between two wordings, computed on the server so the page ships no diff code. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({ kind: part.added ? "added" : part.removed ? "removed" : "same", text: part.value }));
}
