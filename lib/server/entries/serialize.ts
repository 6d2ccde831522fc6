import "server-only";
import { BODY_SCHEMAS, type EntryKind } from "@/lib/validation/entry";
import type { Visibility } from "@/lib/content/schema";

export const entrySelect = {
  id: true,
  authorId: true,
  stageSlug: true,
  exerciseKey: true,
  kind: true,
  body: true,
  visibility: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { name: true } },
  responses: {
    select: { id: true, verdict: true, questions: true, createdAt: true, authorId: true, author: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  },
} as const;

type Row = {
  id: string;
  authorId: string;
  stageSlug: string;
  exerciseKey: string | null;
  kind: string;
  body: string;
  visibility: string;
  createdAt: Date;
  updatedAt: Date;
  author: { name: string };
  responses: { id: string; verdict: string; questions: string; createdAt: Date; authorId: string; author: { name: string } }[];
};

export type EntryView = {
  id: string;
  authorId: string;
  authorName: string;
  stageSlug: string;
  exerciseKey: string | null;
  kind: EntryKind;
  body: Record<string, unknown>;
  visibility: Visibility;
  createdAt: Date;
  updatedAt: Date;
  responses: { id: string; verdict: "heard" | "not-yet"; questions: string; createdAt: Date; authorName: string; authorId: string }[];
};

export function toEntryView(row: Row): EntryView {
  const kind = row.kind as EntryKind;
  let body: Record<string, unknown> = {};
  try {
    const parsed = BODY_SCHEMAS[kind]?.safeParse(JSON.parse(row.body));
    body = parsed?.success ? (parsed.data as Record<string, unknown>) : {};
  } catch {
    body = {};
  }
  return {
    id: row.id,
    authorId: row.authorId,
    authorName: row.author.name,
    stageSlug: row.stageSlug,
    exerciseKey: row.exerciseKey,
    kind,
    body,
    visibility: row.visibility as Visibility,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    responses: row.responses.map((r) => ({
      id: r.id,
      verdict: r.verdict as "heard" | "not-yet",
      questions: r.questions,
      createdAt: r.createdAt,
      authorName: r.author.name,
      authorId: r.authorId,
    })),
  };
}

/** An entry counts as edited when it changed more than a minute after it was written. */
export function wasEdited(entry: { createdAt: Date; updatedAt: Date }) {
  return entry.updatedAt.getTime() - entry.createdAt.getTime() > 60_000;
}
