import "server-only";
import { isUnopenable } from "@/lib/crypto/unopenable";
import type { z } from "zod";
import { db } from "@/lib/server/db";
import { scrubFreedPages } from "@/lib/server/sqlite";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type ReadContext } from "@/lib/server/access";
import { readableEntriesWhere } from "@/lib/server/entries/visibility";
import { getStage } from "@/lib/content/stages";
import { KINDS, isEntryKind, parseBody, toolsOf, type EntryBody, type EntryKind } from "@/lib/entries/kinds";
import type { Visibility } from "@/lib/entries/labels";
import type { ACTIVITY_STATUSES } from "@/lib/entries/kinds/activity";
import { LETTER_GONE } from "@/lib/entries/kinds/letter-reply";
import type { responseSchema } from "@/lib/validation/entry";
import { ENTRY_NOT_FOUND, EXERCISE_NOT_SHOWN, ONLY_ME, UNKNOWN_EXERCISE } from "@/lib/validation/entry-actions";
import { inBreachGroup, isBreach, type BreachGroup } from "@/lib/content/readers";
import { refuse, type ActionResult, type FieldErrors } from "@/lib/validation/form";

// Every function here takes a ReadContext on purpose and calls assertWriter first, so a
// therapist context is refused at run time even if a caller bypasses the types.
// Input arrives parsed (lib/server/actions.ts); what is checked here needs the database or
// the stage content: the entry exists and is the caller's, the stage offers that exercise.

const NOT_FOUND = refuse(ENTRY_NOT_FOUND);
/** A stored body that no longer fits its kind (an older shape): shown as blank, changed only by editing. */
const UNOPENABLE_ENTRY = refuse("Mend can't open this entry, so it can't be edited. You can delete it and write it again.");
const UNREADABLE = refuse("This entry was saved in an older form. Edit it to update it first.");

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A body already parsed with its kind's schema (lib/entries/kinds). */
export type ParsedBody = { ok: true; data: EntryBody } | { ok: false; fieldErrors: FieldErrors };

export type NewEntry = { stageSlug: string; exerciseKey: string | null; kind: EntryKind; visibility: Visibility; body: EntryBody };

/**
 * Checks that the stage exists and offers this exercise or tool; returns the entry kind, and the
 * kind of breach the exercise is limited to, if any.
 */
function resolveKind(stageSlug: string, exerciseKey: string | null, kind: string): { kind: EntryKind; onlyFor?: BreachGroup } | null {
  const stage = getStage(stageSlug);
  if (!stage) return null;
  if (exerciseKey) {
    const exercise = stage.exercises.find((e) => e.key === exerciseKey);
    return exercise && exercise.kind === kind ? { kind: exercise.kind, onlyFor: exercise.onlyFor } : null;
  }
  const tool = toolsOf(stageSlug).find((t) => t.kind === kind);
  return tool ? { kind: tool.kind } : null;
}

const NOT_SHOWN = refuse(EXERCISE_NOT_SHOWN);
const notShareable = (): { ok: false; fieldErrors: FieldErrors } => ({ ok: false, fieldErrors: { visibility: [ONLY_ME] } });

/** A kind only its author ever reads (`onlyMe`): no other visibility, and no line in the audit trail. */
const onlyMe = (kind: EntryKind) => Boolean(KINDS[kind].onlyMe);

export async function createEntry(ctx: ReadContext, input: NewEntry): Promise<ActionResult<{ id: string }>> {
  assertWriter(ctx);
  const { stageSlug, exerciseKey, visibility, body } = input;
  const resolved = resolveKind(stageSlug, exerciseKey, input.kind);
  if (!resolved) return refuse(UNKNOWN_EXERCISE);
  const { kind, onlyFor } = resolved;
  if (onlyMe(kind) && visibility !== "private") return notShareable();
  return db.$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
    // An exercise limited to one kind of breach is saved only while the couple's choice is that kind
    // (read in the same transaction as the write, so a change of choice can't slip between).
    if (onlyFor) {
      const couple = await tx.couple.findUnique({ where: { id: ctx.coupleId }, select: { breach: true } });
      const breach = isBreach(couple?.breach) ? couple.breach : null;
      if (!inBreachGroup(breach, onlyFor)) return NOT_SHOWN;
    }
    // A reply goes under an impact letter its author may read, from the other partner: checked in
    // the same transaction as the write, so a letter deleted or made private a moment before takes none.
    if (kind === KINDS["letter-reply"].kind) {
      const { letterId } = body as EntryBody<"letter-reply">;
      const letter = await tx.entry.findFirst({
        where: readableEntriesWhere(ctx, { id: letterId, kind: KINDS["impact-letter"].kind, authorId: { not: ctx.userId } }),
        select: { id: true },
      });
      if (!letter) return { ok: false, fieldErrors: { letterId: [LETTER_GONE] } };
    }
    const created = await tx.entry.create({
      data: { coupleId: ctx.coupleId, authorId: ctx.userId, stageSlug, exerciseKey, kind, visibility, body: JSON.stringify(body) },
      select: { id: true },
    });
    if (!onlyMe(kind)) await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "entry.created", subject: created.id });
    return { ok: true, data: { id: created.id } };
  });
}

/** The caller's own live entry: ownership is part of every `where`, reads and writes alike. */
const ownWhere = (ctx: { coupleId: string; userId: string }, id: string) => ({
  id,
  coupleId: ctx.coupleId,
  authorId: ctx.userId,
  deletedAt: null,
});

export type EntryUpdate = {
  visibility: Visibility;
  /**
   * Builds and parses the new body from the stored one, read inside the same transaction as the
   * write. The action supplies it (the parse belongs to the action layer); it runs here because
   * the kind and the fields the form doesn't carry come from the row.
   */
  body: (kind: EntryKind, previous: Record<string, unknown>) => ParsedBody;
};

/**
 * Edits the caller's own entry. Read, merge and write run in one transaction, so fields the
 * form does not carry (a homework tick the partner just made, ticked goal steps) are taken
 * from the row as it is now, never from a copy read before.
 */
export async function updateEntry(ctx: ReadContext, id: string, input: EntryUpdate): Promise<ActionResult> {
  assertWriter(ctx);
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const own = await tx.entry.findFirst({ where: ownWhere(ctx, id), select: { kind: true, body: true, visibility: true } });
    if (!own || !isEntryKind(own.kind)) return NOT_FOUND;
    // Its stored body doesn't open (decision 014): an edit would write over it with a blank form's words.
    if (isUnopenable(own.body)) return UNOPENABLE_ENTRY;
    const kind = own.kind;
    if (onlyMe(kind) && input.visibility !== "private") return notShareable();
    const body = input.body(kind, (safeJson(own.body) ?? {}) as Record<string, unknown>);
    if (!body.ok) return body;
    const { count } = await tx.entry.updateMany({
      where: ownWhere(ctx, id),
      data: {
        body: JSON.stringify(body.data),
        visibility: input.visibility,
        // Moved from private back to shared: shared again, so a partner who joined since reads it (decision 011).
        ...(own.visibility === "private" && input.visibility !== "private" ? { sharedAt: new Date() } : {}),
      },
    });
    if (count !== 1) return NOT_FOUND;
    // Who could read an entry is part of the couple's history (labels only, never the text).
    if (own.visibility !== input.visibility) {
      const subject = `${id} ${own.visibility}>${input.visibility}`;
      await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "entry.visibility", subject });
    }
    return { ok: true, data: undefined };
  });
}

/**
 * Moves the caller's own activity along (idea → planned → done). Only the status changes: the
 * rest of the body is the stored one, read in the same transaction as the write.
 */
export async function setActivityStatus(ctx: ReadContext, id: string, status: (typeof ACTIVITY_STATUSES)[number]): Promise<ActionResult> {
  assertWriter(ctx);
  const { activity } = KINDS;
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const own = await tx.entry.findFirst({ where: { ...ownWhere(ctx, id), kind: activity.kind }, select: { body: true } });
    if (!own) return NOT_FOUND;
    const body = parseBody(activity.kind, safeJson(own.body));
    if (!body) return UNREADABLE;
    const { count } = await tx.entry.updateMany({
      where: { ...ownWhere(ctx, id), kind: activity.kind },
      data: { body: JSON.stringify({ ...body, status }) },
    });
    return count === 1 ? { ok: true, data: undefined } : NOT_FOUND;
  });
}

/**
 * Deleting means gone: the text is wiped from the row at once, with the partner's responses to
 * it. What stays (kind, stage, dates) keeps the couple's history readable and holds no words.
 */
export async function deleteEntry(ctx: ReadContext, id: string): Promise<ActionResult> {
  assertWriter(ctx);
  const deleted = await db.$transaction(async (tx) => {
    const own = await tx.entry.findFirst({ where: ownWhere(ctx, id), select: { kind: true } });
    if (!own) return false;
    const { count } = await tx.entry.updateMany({ where: ownWhere(ctx, id), data: { deletedAt: new Date(), body: "{}" } });
    if (count !== 1) return false;
    await tx.entryResponse.deleteMany({ where: { entryId: id, coupleId: ctx.coupleId } });
    if (!(isEntryKind(own.kind) && onlyMe(own.kind)))
      await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "entry.deleted", subject: id });
    return true;
  });
  if (!deleted) return NOT_FOUND;
  await scrubFreedPages(db);
  return { ok: true, data: undefined };
}

const RESPONDABLE_KINDS = Object.values(KINDS).flatMap((def) => (def.respondable ? [def.kind] : []));

/** The other partner answers an entry they can read: "I feel heard" or "Not yet", with questions. */
export async function respondToEntry(ctx: ReadContext, input: z.output<typeof responseSchema>): Promise<ActionResult> {
  assertWriter(ctx);
  // Checked and written in one transaction: an entry deleted or made private a moment before
  // takes no response.
  const answered = await db.$transaction(async (tx) => {
    const entry = await tx.entry.findFirst({
      // Readable to this partner (decision 011: not shared before they joined after a departure).
      where: readableEntriesWhere(ctx, {
        id: input.entryId,
        authorId: { not: ctx.userId },
        visibility: { in: ["partner", "therapist"] },
        kind: { in: RESPONDABLE_KINDS },
      }),
      select: { id: true },
    });
    if (!entry) return false;
    await tx.entryResponse.create({
      data: { coupleId: ctx.coupleId, entryId: entry.id, authorId: ctx.userId, verdict: input.verdict, questions: input.questions },
    });
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: `entry.response.${input.verdict}`, subject: entry.id });
    return true;
  });
  return answered ? { ok: true, data: undefined } : NOT_FOUND;
}

/** Homework is a shared list: either partner may tick an item they can see. */
export async function setHomeworkDone(ctx: ReadContext, id: string, done: boolean): Promise<ActionResult> {
  assertWriter(ctx);
  const { homework } = KINDS;
  const where = readableEntriesWhere(ctx, { id, kind: homework.kind });
  // Read and write in one transaction so a tick never overwrites a concurrent edit.
  const found = await db.$transaction(async (tx) => {
    const entry = await tx.entry.findFirst({ where, select: { body: true } });
    if (!entry) return false;
    const body = parseBody(homework.kind, safeJson(entry.body));
    if (!body) return false;
    const next = { ...body, done, doneBy: done ? ctx.userId : undefined };
    const { count } = await tx.entry.updateMany({ where, data: { body: JSON.stringify(next) } });
    return count === 1;
  });
  if (!found) return NOT_FOUND;
  return { ok: true, data: undefined };
}

/** Ticks or unticks one step of the caller's own growth goal. */
export async function setGoalStepDone(ctx: ReadContext, id: string, step: number, done: boolean): Promise<ActionResult> {
  assertWriter(ctx);
  const { goal } = KINDS;
  const where = { ...ownWhere(ctx, id), kind: goal.kind };
  const found = await db.$transaction(async (tx) => {
    const own = await tx.entry.findFirst({ where, select: { body: true } });
    if (!own) return false;
    const body = parseBody(goal.kind, safeJson(own.body));
    if (!body) return false;
    const current = body.steps[step];
    if (!current) return false;
    body.steps[step] = { ...current, done };
    const { count } = await tx.entry.updateMany({ where, data: { body: JSON.stringify(body) } });
    return count === 1;
  });
  return found ? { ok: true, data: undefined } : NOT_FOUND;
}

/**
 * Shares the caller's own shared entry again, for a partner who joined after it was shared
 * (decision 011): from now on that partner reads it too.
 */
export async function shareEntryAgain(ctx: ReadContext, id: string): Promise<ActionResult> {
  assertWriter(ctx);
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.entry.updateMany({
      where: { ...ownWhere(ctx, id), visibility: { in: ["partner", "therapist"] } },
      data: { sharedAt: new Date() },
    });
    if (count !== 1) return false;
    await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "entry.shared-again", subject: id });
    return true;
  });
  return done ? { ok: true, data: undefined } : NOT_FOUND;
}
