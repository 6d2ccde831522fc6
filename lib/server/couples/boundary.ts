import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReadContext } from "@/lib/server/access";

// What a partner who joined after someone left may read (decision 011): their own rows, and the
// others' shared rows from the moment they joined on. Every read module takes its filter from here,
// so the rule lives in one place; the boundary itself comes with the context (lib/server/access.ts),
// read with the membership it already reads, so it costs no query.

/** Null: this reader reads all the couple shares (nobody had left before they joined). */
export function readerBoundary(ctx: ReadContext): { since: Date; readerId: string } | null {
  if (ctx.kind === "partner") return ctx.sharedSince ? { since: ctx.sharedSince, readerId: ctx.userId } : null;
  // A therapist link reads on behalf of the partner who made it: never more than that partner could.
  return ctx.sharedSince && ctx.createdById ? { since: ctx.sharedSince, readerId: ctx.createdById } : null;
}

/**
 * A `where` fragment for an `AND` list: the row is the reader's own (`authorField`), or it was shared
 * (`timeField`) at or after the reader's boundary. An empty list when there is no boundary.
 */
export function sharedWithReader<W>(ctx: ReadContext, authorField: string, timeField: string): W[] {
  const boundary = readerBoundary(ctx);
  if (!boundary) return [];
  return [{ OR: [{ [authorField]: boundary.readerId }, { [timeField]: { gte: boundary.since } }] } as W];
}

/**
 * The same rule as `sharedWithReader`, for SQL of our own: ` AND (author = reader OR time >= since)`
 * on the given columns (trusted identifiers, such as `q."askerId"`), or nothing when there is no boundary.
 */
export function sharedWithReaderSql(ctx: ReadContext, authorColumn: string, timeColumn: string): Prisma.Sql {
  const boundary = readerBoundary(ctx);
  if (!boundary) return Prisma.empty;
  return Prisma.sql` AND (${Prisma.raw(authorColumn)} = ${boundary.readerId} OR ${Prisma.raw(timeColumn)} >= ${boundary.since})`;
}

/** For a row already read: may this reader see it? (The same rule, for lists filtered in memory.) */
export function readerMaySee(ctx: ReadContext, authorId: string, sharedAt: Date): boolean {
  const boundary = readerBoundary(ctx);
  return !boundary || authorId === boundary.readerId || sharedAt >= boundary.since;
}

// One `where` fragment per noun family (decision 011). Children (answers, replies, logs, reviews,
// versions, decisions, notes, follow-ups) follow their parent: a reader who can't read the parent
// can't open it, so can't read or act on what hangs under it.

/** Questions (and their answer revisions): by the asker and when it was asked. */
export const readableQuestions = <W>(ctx: ReadContext) => sharedWithReader<W>(ctx, "askerId", "createdAt");
/** Triggers (and their replies): by the author and when it was logged. */
export const readableTriggers = <W>(ctx: ReadContext) => sharedWithReader<W>(ctx, "authorId", "createdAt");
/** Trigger plans: rewritten as they change, so rewriting one after the reader joined shares it again. */
export const readableTriggerPlans = <W>(ctx: ReadContext) => sharedWithReader<W>(ctx, "authorId", "updatedAt");
/** Intake answers: rewritten as they change, so changing one after the reader joined shares it again. */
export const readableIntake = <W>(ctx: ReadContext) => sharedWithReader<W>(ctx, "authorId", "updatedAt");
/** Commitments (their logs and reviews): by the owner and when it was made. */
export const readableCommitments = <W>(ctx: ReadContext) => sharedWithReader<W>(ctx, "ownerId", "createdAt");
/** Talks (their notes and follow-ups): by who proposed it and when. */
export const readableTalks = <W>(ctx: ReadContext) => sharedWithReader<W>(ctx, "proposedBy", "createdAt");
/** Check-ins (scores and notes): by the author and the day it was first saved. */
export const readableCheckIns = <W>(ctx: ReadContext) => sharedWithReader<W>(ctx, "authorId", "createdAt");
/** The partner feed's events: only what happened since the reader joined. */
export const readableEvents = <W>(ctx: ReadContext) => sharedWithReader<W>(ctx, "actorId", "at");

/** Agreements (versions and decisions): the couple's joint record, so no author: when it was first proposed. */
export function readableAgreements<W>(ctx: ReadContext): W[] {
  const boundary = readerBoundary(ctx);
  return boundary ? [{ createdAt: { gte: boundary.since } } as W] : [];
}
