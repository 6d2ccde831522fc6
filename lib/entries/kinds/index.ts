import type { z } from "zod";
import type { FieldSpec, FormValues } from "@/lib/entries/fields";
import type { Visibility } from "@/lib/entries/labels";
import type { KindDefinition, ToolSpec } from "@/lib/entries/kinds/define";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/form";
import { accountability } from "@/lib/entries/kinds/accountability";
import { activity } from "@/lib/entries/kinds/activity";
import { decisionNotes } from "@/lib/entries/kinds/decision-notes";
import { goal } from "@/lib/entries/kinds/goal";
import { finalMessage } from "@/lib/entries/kinds/final-message";
import { gratitude } from "@/lib/entries/kinds/gratitude";
import { homework } from "@/lib/entries/kinds/homework";
import { impactLetter } from "@/lib/entries/kinds/impact-letter";
import { letter } from "@/lib/entries/kinds/letter";
import { letterReply } from "@/lib/entries/kinds/letter-reply";
import { memory } from "@/lib/entries/kinds/memory";
import { prompt } from "@/lib/entries/kinds/prompt";
import { reflection } from "@/lib/entries/kinds/reflection";
import { relapsePlan } from "@/lib/entries/kinds/relapse-plan";
import { featuresOf } from "@/lib/content/stage-features";

/**
 * The registry: every kind of entry, once. Adding a kind is a file beside this one and a
 * line here (plus its view in components/entries/kinds when the generic one won't do).
 */
export const KINDS = {
  prompt,
  reflection,
  accountability,
  letter,
  "final-message": finalMessage,
  "impact-letter": impactLetter,
  "letter-reply": letterReply,
  goal,
  homework,
  activity,
  memory,
  gratitude,
  "relapse-plan": relapsePlan,
  "decision-notes": decisionNotes,
} as const;

export type EntryKind = keyof typeof KINDS;
/** The stored body of a kind, as its schema outputs it. */
export type EntryBody<K extends EntryKind = EntryKind> = { [P in K]: z.output<(typeof KINDS)[P]["schema"]> }[K];
export type ExerciseKind = { [P in EntryKind]: (typeof KINDS)[P]["exercise"] extends true ? P : never }[EntryKind];
export type ToolKind = Exclude<EntryKind, ExerciseKind>;
/** Any kind, as the code that works on every kind sees it. */
export type AnyKind = KindDefinition<EntryKind>;

export const ENTRY_KINDS = Object.keys(KINDS) as EntryKind[];

export function isEntryKind(value: unknown): value is EntryKind {
  return typeof value === "string" && Object.hasOwn(KINDS, value);
}

export function isExerciseKind(value: unknown): value is ExerciseKind {
  return isEntryKind(value) && KINDS[value].exercise;
}

/** The kinds content may give an exercise (the stage files' `kind:`). */
export const EXERCISE_KINDS = ENTRY_KINDS.filter(isExerciseKind) as [ExerciseKind, ...ExerciseKind[]];

export function kindOf(kind: EntryKind): AnyKind {
  return KINDS[kind];
}

export type ToolDefinition = KindDefinition<ToolKind> & { tool: ToolSpec };

/**
 * The tool kinds a stage offers beside its exercises (lib/content/stage-features.ts), in the order
 * its page shows them; some live on a page of their own (`tool.page`).
 */
export function toolsOf(stageSlug: string): ToolDefinition[] {
  return featuresOf(stageSlug).flatMap((feature) => {
    if (!isEntryKind(feature)) return [];
    const def = kindOf(feature);
    return !def.exercise && def.tool ? [def as ToolDefinition] : [];
  });
}

/** Submitted input checked against its kind's schema: the body, or field-level messages. */
export function validateBody(kind: EntryKind, raw: unknown): { ok: true; data: EntryBody } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = kindOf(kind).schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data as EntryBody } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

/** The stored body when it still passes its kind's schema, else null. */
export function parseBody<K extends EntryKind>(kind: K, raw: unknown): EntryBody<K> | null {
  const parsed = kindOf(kind).schema.safeParse(raw);
  return parsed.success ? (parsed.data as EntryBody<K>) : null;
}

/** A stored body for reading: the kind's blank body when it is unreadable or no longer passes. */
export function readBody<K extends EntryKind>(kind: K, json: string): EntryBody<K> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    raw = undefined;
  }
  return parseBody(kind, raw) ?? (kindOf(kind).blank as EntryBody<K>);
}

/**
 * A submitted entry form as the body for its kind, before validation. When editing,
 * `previous` is the stored body (read in the same transaction as the write).
 */
export function bodyFromForm(kind: EntryKind, form: FormData, previous?: unknown): unknown {
  return kindOf(kind).fromForm(form, previous === undefined ? undefined : (parseBody(kind, previous) ?? undefined));
}

/**
 * What the browser's entry form and card need of a kind, as plain data. Client components take it
 * from the server component that renders them instead of calling kindOf(): the kinds' definitions
 * hold their schemas, and with them zod, which then never reaches the browser.
 */
export type KindForm = {
  kind: EntryKind;
  fields: FieldSpec[];
  onlyMe: boolean;
  note: string | null;
  joint: boolean;
  highlight: boolean;
  respondable: boolean;
};

/** A kind's KindForm; an exercise kind's fields are one box per prompt of `exercise`. */
export function kindForm(kind: EntryKind, exercise?: { prompts: readonly string[] }): KindForm {
  const def = kindOf(kind);
  return {
    kind,
    fields: def.fields(exercise),
    onlyMe: Boolean(def.onlyMe),
    note: def.note ?? null,
    joint: Boolean(def.joint),
    highlight: Boolean(def.highlight),
    respondable: Boolean(def.respondable),
  };
}

/** An entry's current values, as its edit form's field values. */
export function formValues(entry: { kind: EntryKind; body: object; visibility: Visibility }): FormValues {
  return { visibility: entry.visibility, ...kindOf(entry.kind).toValues(entry.body) };
}

/**
 * The edit form's values for an entry card: only for the viewer's own entry, and not for one Mend
 * can't open (neither can be edited), so no one else's words go to the browser twice.
 */
export function ownFormValues(
  entry: { kind: EntryKind; body: object; visibility: Visibility; authorId: string; unopenable?: boolean },
  viewerId: string,
): FormValues | undefined {
  return entry.authorId === viewerId && !entry.unopenable ? formValues(entry) : undefined;
}
