import "server-only";
import { cache } from "react";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableCommitments } from "@/lib/server/couples/boundary";
import { subDays } from "date-fns";
import { db } from "@/lib/server/db";
import { canRead, type ReadContext } from "@/lib/server/access";
import { coupleMemberNames } from "@/lib/server/couples/members";
import { keptRate, type KeptRate } from "@/lib/commitments/kept-rate";
import { localDateIn } from "@/lib/check-ins/dates";
import { CADENCES, type Cadence } from "@/lib/validation/commitment";
import { groupBy } from "@/lib/collections";

// Reads for partners and for a therapist link whose scope includes "commitments".

export type CommitmentLogView = {
  id: string;
  localDate: string;
  outcome: "kept" | "missed";
  note: string;
  authorId: string;
  createdAt: Date;
  review: { verdict: "confirmed" | "disputed"; note: string; reviewerName: string } | null;
};
export type CommitmentView = {
  id: string;
  what: string;
  cadence: Cadence;
  ownerId: string;
  ownerName: string;
  timeZone: string;
  today: string;
  createdAt: Date;
  logs: CommitmentLogView[];
  rate4: KeptRate;
  rate12: KeptRate;
};

/**
 * The commitments' logs of the last 12 weeks (plus a margin for the zone and the partial current
 * week), newest first, with their reviews: read only when there are commitments, since a nested
 * select sends its child queries for an empty list too (`IN (NULL)`).
 */
async function withLogs<C extends { id: string }>(ctx: ReadContext, commitments: C[], now: Date) {
  if (commitments.length === 0) return [];
  const logs = await db.commitmentLog.findMany({
    where: { coupleId: ctx.coupleId, commitmentId: { in: commitments.map((c) => c.id) }, createdAt: { gte: subDays(now, 12 * 7 + 8) } },
    select: {
      id: true,
      commitmentId: true,
      localDate: true,
      outcome: true,
      note: true,
      authorId: true,
      createdAt: true,
      review: { select: { verdict: true, note: true, reviewerId: true } },
    },
    orderBy: { createdAt: "desc" },
  });
  const byCommitment = groupBy(logs, (log) => log.commitmentId);
  return commitments.map((c) => ({ ...c, logs: byCommitment.get(c.id) ?? [] }));
}

/**
 * Every commitment of the couple with its last 12 weeks of logs (newest first) and kept-rates. Read
 * once per render for the same context object (what a reader sees depends on who reads): the
 * dashboard's list and its partner feed's wording
 * share it. Outside a render (a server action, a test) each call reads afresh.
 */
export const listCommitments = cache(async (ctx: ReadContext, now = new Date()): Promise<CommitmentView[]> => {
  if (!canRead(ctx, "commitments")) return [];
  const [rows, names] = await Promise.all([
    db.commitment
      .findMany({
        where: { coupleId: ctx.coupleId, AND: readableCommitments<Prisma.CommitmentWhereInput>(ctx) },
        select: { id: true, what: true, cadence: true, ownerId: true, timeZone: true, createdAt: true },
        orderBy: { createdAt: "asc" },
        take: 200,
      })
      .then((commitments) => withLogs(ctx, commitments, now)),
    coupleMemberNames(ctx),
  ]);
  return rows.map((row) => {
    const today = localDateIn(row.timeZone, now);
    const logs: CommitmentLogView[] = row.logs.map((log) => ({
      id: log.id,
      localDate: log.localDate,
      outcome: log.outcome === "missed" ? "missed" : "kept",
      note: log.note,
      authorId: log.authorId,
      createdAt: log.createdAt,
      review: log.review
        ? {
            verdict: log.review.verdict === "disputed" ? "disputed" : "confirmed",
            note: log.review.note,
            reviewerName: names.get(log.review.reviewerId) ?? "A former partner",
          }
        : null,
    }));
    const rateLogs = logs.map((l) => ({ localDate: l.localDate, outcome: l.outcome, verdict: l.review?.verdict ?? null }));
    return {
      id: row.id,
      what: row.what,
      cadence: (CADENCES as readonly string[]).includes(row.cadence) ? (row.cadence as Cadence) : "as-needed",
      ownerId: row.ownerId,
      ownerName: names.get(row.ownerId) ?? "A former partner",
      timeZone: row.timeZone,
      today,
      createdAt: row.createdAt,
      logs,
      rate4: keptRate(rateLogs, { today, weeks: 4 }),
      rate12: keptRate(rateLogs, { today, weeks: 12 }),
    };
  });
});

/** Which one-click starters each partner has used (lib/commitments/starters.ts): owner and key, no text. */
export async function startedCommitments(ctx: ReadContext): Promise<{ ownerId: string; starter: string; id: string }[]> {
  if (!canRead(ctx, "commitments")) return [];
  const rows = await db.commitment.findMany({
    where: { coupleId: ctx.coupleId, starter: { not: null }, AND: readableCommitments<Prisma.CommitmentWhereInput>(ctx) },
    select: { id: true, ownerId: true, starter: true },
  });
  return rows.flatMap((r) => (r.starter ? [{ id: r.id, ownerId: r.ownerId, starter: r.starter }] : []));
}
