import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type ReadContext } from "@/lib/server/access";
import { getStage } from "@/lib/content/stages";
import { KINDS, isEntryKind, kindOf, toolsOf, type EntryKind } from "@/lib/entries/kinds";
import { responseSchema, visibilitySchema } from "@/lib/validation/entry";
import { fieldErrorsOf, type ActionResult } from "@/lib/validation/form";

// Every function here takes a ReadContext on purpose and calls assertWriter first, so a
// therapist context is refused at run time even if a caller bypasses the types.

const NOT_FOUND = { ok: false, fieldErrors: {}, formError: "That entry doesn't exist or isn't yours to change." } as const;

const createInput = z.object({
  stageSlug: z.string().max(64),
  exerciseKey: z.string().max(64).nullable(),
  kind: z.string().max(32),
  visibility: visibilitySchema,
  body: z.unknown(),
});

/** Checks that the stage exists and offers this exercise or tool; returns the entry kind. */
function resolveKind(stageSlug: string, exerciseKey: string | null, kind: string): EntryKind | null {
  const stage = getStage(stageSlug);
  if (!stage) return null;
  if (exerciseKey) {
    const exercise = stage.exercises.find((e) => e.key === exerciseKey);
    return exercise && exercise.kind === kind ? exercise.kind : null;
  }
  return toolsOf(stageSlug).find((tool) => tool.kind === kind)?.kind ?? null;
}

function parseBody(kind: EntryKind, body: unknown) {
  const parsed = kindOf(kind).schema.safeParse(body);
  return parsed.success ? ({ ok: true, data: parsed.data } as const) : ({ ok: false, fieldErrors: fieldErrorsOf(parsed.error) } as const);
}

export async function createEntry(ctx: ReadContext, input: unknown): Promise<ActionResult<{ id: string }>> {
  assertWriter(ctx);
  const parsed = createInput.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { stageSlug, exerciseKey, visibility } = parsed.data;
  const kind = resolveKind(stageSlug, exerciseKey, parsed.data.kind);
  if (!kind) return { ok: false, fieldErrors: {}, formError: "That exercise doesn't exist." };
  const body = parseBody(kind, parsed.data.body);
  if (!body.ok) return { ok: false, fieldErrors: body.fieldErrors };
  const entry = await db.$transaction(async (tx) => {
    const created = await tx.entry.create({
      data: { coupleId: ctx.coupleId, authorId: ctx.userId, stageSlug, exerciseKey, kind, visibility, body: JSON.stringify(body.data) },
      select: { id: true },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "entry.created", subject: created.id });
    return created;
  });
  return { ok: true, data: { id: entry.id } };
}

const isId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;

/** The caller's own live entry: ownership is part of every `where`, reads and writes alike. */
const ownWhere = (ctx: { coupleId: string; userId: string }, id: string) => ({ id, coupleId: ctx.coupleId, authorId: ctx.userId, deletedAt: null });

export type EntryUpdate = {
  visibility: unknown;
  /** Builds the new body from the stored one, read inside the same transaction as the write. */
  body: (kind: EntryKind, previous: Record<string, unknown>) => unknown;
};

/**
 * Edits the caller's own entry. Read, merge and write run in one transaction, so fields the
 * form does not carry (a homework tick the partner just made, ticked goal steps) are taken
 * from the row as it is now, never from a copy read before.
 */
export async function updateEntry(ctx: ReadContext, id: unknown, input: EntryUpdate): Promise<ActionResult> {
  assertWriter(ctx);
  if (!isId(id)) return NOT_FOUND;
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const own = await tx.entry.findFirst({ where: ownWhere(ctx, id), select: { kind: true, body: true } });
    if (!own || !isEntryKind(own.kind)) return NOT_FOUND;
    const kind = own.kind;
    const visibility = visibilitySchema.safeParse(input.visibility);
    const body = parseBody(kind, input.body(kind, JSON.parse(own.body) as Record<string, unknown>));
    if (!visibility.success || !body.ok) {
      return {
        ok: false,
        fieldErrors: { ...(body.ok ? {} : body.fieldErrors), ...(visibility.success ? {} : { visibility: ["Choose who can see this."] }) },
      };
    }
    const { count } = await tx.entry.updateMany({
      where: ownWhere(ctx, id),
      data: { body: JSON.stringify(body.data), visibility: visibility.data },
    });
    return count === 1 ? { ok: true, data: undefined } : NOT_FOUND;
  });
}

/** Moves the caller's own activity along (idea → planned → done) without rewriting anything else. */
export async function setActivityStatus(ctx: ReadContext, id: unknown, status: unknown): Promise<ActionResult> {
  assertWriter(ctx);
  const { activity } = KINDS;
  const next = activity.schema.shape.status.safeParse(status);
  if (!isId(id) || !next.success) return NOT_FOUND;
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const own = await tx.entry.findFirst({ where: { ...ownWhere(ctx, id), kind: activity.kind }, select: { body: true } });
    if (!own) return NOT_FOUND;
    const body = activity.schema.parse(JSON.parse(own.body));
    const { count } = await tx.entry.updateMany({
      where: { ...ownWhere(ctx, id), kind: activity.kind },
      data: { body: JSON.stringify({ ...body, status: next.data }) },
    });
    return count === 1 ? { ok: true, data: undefined } : NOT_FOUND;
  });
}

/**
 * Deleting means gone: the text is wiped from the row at once, with the partner's responses to
 * it. What stays (kind, stage, dates) keeps the couple's history readable and holds no words.
 */
export async function deleteEntry(ctx: ReadContext, id: unknown): Promise<ActionResult> {
  assertWriter(ctx);
  if (!isId(id)) return NOT_FOUND;
  const deleted = await db.$transaction(async (tx) => {
    const { count } = await tx.entry.updateMany({ where: ownWhere(ctx, id), data: { deletedAt: new Date(), body: "{}" } });
    if (count !== 1) return false;
    await tx.entryResponse.deleteMany({ where: { entryId: id, coupleId: ctx.coupleId } });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "entry.deleted", subject: id });
    return true;
  });
  return deleted ? { ok: true, data: undefined } : NOT_FOUND;
}

const RESPONDABLE_KINDS = Object.values(KINDS).flatMap((def) => (def.respondable ? [def.kind] : []));

/** The other partner answers an entry they can read: "I feel heard" or "Not yet", with questions. */
export async function respondToEntry(ctx: ReadContext, input: unknown): Promise<ActionResult> {
  assertWriter(ctx);
  const parsed = responseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const entry = await db.entry.findFirst({
    where: {
      id: parsed.data.entryId,
      coupleId: ctx.coupleId,
      deletedAt: null,
      authorId: { not: ctx.userId },
      visibility: { in: ["partner", "therapist"] },
      kind: { in: RESPONDABLE_KINDS },
    },
    select: { id: true },
  });
  if (!entry) return NOT_FOUND;
  await db.$transaction(async (tx) => {
    await tx.entryResponse.create({
      data: { coupleId: ctx.coupleId, entryId: entry.id, authorId: ctx.userId, verdict: parsed.data.verdict, questions: parsed.data.questions },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: `entry.response.${parsed.data.verdict}`, subject: entry.id });
  });
  return { ok: true, data: undefined };
}

/** Homework is a shared list: either partner may tick an item they can see. */
export async function setHomeworkDone(ctx: ReadContext, id: unknown, done: boolean): Promise<ActionResult> {
  assertWriter(ctx);
  if (!isId(id)) return NOT_FOUND;
  const { homework } = KINDS;
  const where = {
    id,
    coupleId: ctx.coupleId,
    kind: homework.kind,
    deletedAt: null,
    OR: [{ authorId: ctx.userId }, { visibility: { in: ["partner", "therapist"] } }],
  };
  // Read and write in one transaction so a tick never overwrites a concurrent edit.
  const found = await db.$transaction(async (tx) => {
    const entry = await tx.entry.findFirst({ where, select: { body: true } });
    if (!entry) return false;
    const body = homework.schema.parse(JSON.parse(entry.body));
    const next = { ...body, done: Boolean(done), doneBy: done ? ctx.userId : undefined };
    const { count } = await tx.entry.updateMany({ where, data: { body: JSON.stringify(next) } });
    return count === 1;
  });
  if (!found) return NOT_FOUND;
  return { ok: true, data: undefined };
}

/** Ticks or unticks one step of the caller's own growth goal. */
export async function setGoalStepDone(ctx: ReadContext, id: unknown, step: number, done: boolean): Promise<ActionResult> {
  assertWriter(ctx);
  if (!isId(id) || !Number.isInteger(step)) return NOT_FOUND;
  const { goal } = KINDS;
  const where = { ...ownWhere(ctx, id), kind: goal.kind };
  const found = await db.$transaction(async (tx) => {
    const own = await tx.entry.findFirst({ where, select: { body: true } });
    if (!own) return false;
    const body = goal.schema.parse(JSON.parse(own.body));
    const current = body.steps[step];
    if (!current) return false;
    body.steps[step] = { ...current, done: Boolean(done) };
    const { count } = await tx.entry.updateMany({ where, data: { body: JSON.stringify(body) } });
    return count === 1;
  });
  return found ? { ok: true, data: undefined } : NOT_FOUND;
}
