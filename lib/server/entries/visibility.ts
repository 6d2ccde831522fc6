import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReadContext } from "@/lib/server/access";
import { sharedWithReader } from "@/lib/server/couples/boundary";

/**
 * The one place that says which entries a reader may see, as a Prisma `where`:
 * - a partner: everything they wrote, plus the other's partner- and therapist-visible entries;
 * - a therapist link: therapist-visible entries, only when the link's scope includes entries.
 * Always within the caller's couple, never deleted, and never shared before the reader joined
 * after a departure (decision 011).
 */
export function readableEntriesWhere(ctx: ReadContext, extra: Prisma.EntryWhereInput = {}): Prisma.EntryWhereInput {
  // AND, never a spread: a caller's filter must not overwrite the reader's limits.
  return { AND: [readerLimits(ctx), ...sharedWithReader<Prisma.EntryWhereInput>(ctx, "authorId", "sharedAt"), extra] };
}

/** The responses under a readable entry this reader may see: their own, or written since they joined. */
export function readableResponsesWhere(ctx: ReadContext): Prisma.EntryResponseWhereInput {
  return { AND: sharedWithReader<Prisma.EntryResponseWhereInput>(ctx, "authorId", "createdAt") };
}

/** The visibilities the other partner may read (the partner feed's SQL says the same rule with them). */
export const SHARED_VISIBILITIES: readonly string[] = Object.freeze(["partner", "therapist"]);

function readerLimits(ctx: ReadContext): Prisma.EntryWhereInput {
  const base = { coupleId: ctx.coupleId, deletedAt: null };
  if (ctx.kind === "partner") {
    return { ...base, OR: [{ authorId: ctx.userId }, { visibility: { in: [...SHARED_VISIBILITIES] } }] };
  }
  if (!ctx.scope.includes("entries")) return { ...base, id: "__none__" };
  return { ...base, visibility: "therapist" };
}
