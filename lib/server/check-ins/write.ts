import "server-only";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type ReadContext } from "@/lib/server/access";
import { Prisma } from "@/lib/generated/prisma/client";
import { daysBetween, localDateIn } from "@/lib/check-ins/dates";
import { EDIT_WINDOW_DAYS, FUTURE_DATE_ERROR, OLD_DATE_ERROR, type CheckInInput } from "@/lib/validation/check-in";
import { refuse, type ActionResult } from "@/lib/validation/form";

export type SavedCheckIn = {
  localDate: string;
  revision: number;
  /** "created": the day's first; "updated": the form was showing the latest save; "replaced": another save (tab, device) came in between. */
  outcome: "created" | "updated" | "replaced";
};

/**
 * Saves the caller's check-in for one local day: at most one row per partner per day (a unique
 * index), the later save wins. The day must be today or within the edit window *in the partner's
 * stored time zone*; the browser's zone is stored on a first check-in when none is stored yet.
 */
export async function saveCheckIn(ctx: ReadContext, input: CheckInInput, now: Date = new Date()): Promise<ActionResult<SavedCheckIn>> {
  assertWriter(ctx);
  const attempt = () =>
    db.$transaction(async (tx): Promise<ActionResult<SavedCheckIn>> => {
      // A stored zone came with the session check (lib/server/auth/caller.ts), as of this request's
      // start: a zone changed in another tab in the same instant counts from the next save. Without one
      // (a first check-in, or a context made another way) it is read here, in the transaction that may store it.
      const known = ctx.caller?.timeZone;
      const prefs = known
        ? { timeZone: known }
        : await tx.checkInPrefs.findUnique({ where: { userId: ctx.userId }, select: { timeZone: true } });
      const timeZone = prefs?.timeZone ?? (input.timeZone || "UTC");
      const today = localDateIn(timeZone, now);
      const age = daysBetween(input.localDate, today);
      if (age < 0) return { ok: false, fieldErrors: { localDate: [FUTURE_DATE_ERROR] } };
      if (age > EDIT_WINDOW_DAYS) return { ok: false, fieldErrors: { localDate: [OLD_DATE_ERROR] } };
      // Stored only with a check-in that is saved: a refused one leaves nothing behind.
      if (!prefs) await tx.checkInPrefs.create({ data: { userId: ctx.userId, timeZone } });

      const data = {
        trust: input.trust,
        closeness: input.closeness,
        mood: input.mood,
        note: input.note,
        noteVisibility: input.noteVisibility,
        timeZone,
      };
      const where = { authorId_localDate: { authorId: ctx.userId, localDate: input.localDate } };
      const existing = await tx.checkIn.findUnique({ where, select: { id: true, revision: true, coupleId: true } });
      if (existing && existing.coupleId !== ctx.coupleId) return refuse("That check-in belongs to another workspace.");
      if (!existing) {
        const created = await tx.checkIn.create({
          data: { ...data, coupleId: ctx.coupleId, authorId: ctx.userId, localDate: input.localDate },
          select: { id: true, revision: true },
        });
        await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "check-in.saved", subject: created.id });
        return { ok: true, data: { localDate: input.localDate, revision: created.revision, outcome: "created" } };
      }
      // Named by its id (with the couple, as every write is): the sealed note is bound to the row's id,
      // which the data layer would otherwise look up with one more statement.
      const updated = await tx.checkIn.update({
        where: { id: existing.id, coupleId: ctx.coupleId },
        data: { ...data, revision: { increment: 1 } },
        select: { revision: true },
      });
      const outcome = input.seenRevision === existing.revision ? "updated" : "replaced";
      return { ok: true, data: { localDate: input.localDate, revision: updated.revision, outcome } };
    });
  try {
    return await attempt();
  } catch (error) {
    // Two first saves of the same day raced past the lookup: the unique index kept one row; this
    // save becomes an update of it (later wins), as if it had arrived a moment later.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return attempt();
    throw error;
  }
}
