import "server-only";
import { isUnopenable } from "@/lib/crypto/unopenable";
import { isEntryKind, readBody, type EntryBody, type EntryKind } from "@/lib/entries/kinds";
import type { Visibility } from "@/lib/entries/labels";
import type { Verdict } from "@/lib/validation/entry";

const responseSelect = {
  select: { id: true, verdict: true, questions: true, createdAt: true, authorId: true, author: { select: { name: true } } },
  orderBy: { createdAt: "asc" },
} as const;

/** What an entry card shows, without the responses (the therapist view never shows them). */
export const entrySelectWithoutResponses = {
  id: true,
  authorId: true,
  stageSlug: true,
  exerciseKey: true,
  kind: true,
  body: true,
  visibility: true,
  sharedAt: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { name: true } },
} as const;

export const entrySelect = { ...entrySelectWithoutResponses, responses: responseSelect } as const;

type Row = {
  id: string;
  authorId: string;
  stageSlug: string;
  exerciseKey: string | null;
  kind: string;
  body: string;
  visibility: string;
  sharedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  author: { name: string };
  responses?: { id: string; verdict: string; questions: string; createdAt: Date; authorId: string; author: { name: string } }[];
};

type EntryBase = {
  id: string;
  authorId: string;
  authorName: string;
  stageSlug: string;
  exerciseKey: string | null;
  visibility: Visibility;
  /** When its author last shared it (decision 011). */
  sharedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  responses: { id: string; verdict: Verdict; questions: string; createdAt: Date; authorName: string; authorId: string }[];
  /** Its stored body didn't open (altered or moved outside Mend): the body is the kind's blank one. */
  unopenable: boolean;
};

export type EntryViewOf<K extends EntryKind> = EntryBase & { kind: K; body: EntryBody<K> };
/** One entry as readers see it; narrowing on `kind` types its body. */
export type EntryView = { [K in EntryKind]: EntryViewOf<K> }[EntryKind];

/** The entries of one kind, typed as that kind. */
export function entriesOf<K extends EntryKind>(entries: EntryView[], kind: K): EntryViewOf<K>[] {
  return entries.filter((e) => e.kind === kind) as EntryViewOf<K>[];
}

/** Null for a row of a kind Mend no longer knows: there is nothing it could show for it. */
export function toEntryView(row: Row): EntryView | null {
  if (!isEntryKind(row.kind)) return null;
  const view = {
    id: row.id,
    authorId: row.authorId,
    authorName: row.author.name,
    stageSlug: row.stageSlug,
    exerciseKey: row.exerciseKey,
    kind: row.kind,
    body: readBody(row.kind, row.body),
    unopenable: isUnopenable(row.body),
    visibility: row.visibility as Visibility,
    sharedAt: row.sharedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    responses: (row.responses ?? []).map((r) => ({
      id: r.id,
      verdict: r.verdict as Verdict,
      questions: r.questions,
      createdAt: r.createdAt,
      authorName: r.author.name,
      authorId: r.authorId,
    })),
  };
  // The body was parsed with this row's kind's schema: kind and body belong together.
  return view as EntryView;
}

/** An entry counts as edited when it changed more than a minute after it was written. */
export function wasEdited(entry: { createdAt: Date; updatedAt: Date }) {
  return entry.updatedAt.getTime() - entry.createdAt.getTime() > 60_000;
}
