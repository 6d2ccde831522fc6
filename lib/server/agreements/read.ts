import "server-only";
import { cache } from "react";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableAgreements } from "@/lib/server/couples/boundary";
import { db } from "@/lib/server/db";
import { canRead, type ReadContext } from "@/lib/server/access";
import { coupleMemberNames, viewerToday } from "@/lib/server/couples/members";
import { reviewIsDue } from "@/lib/agreements/review";
import { wordDiff, type DiffPart } from "@/lib/server/agreements/diff";
import { AGREEMENT_CATEGORIES, type AgreementCategory } from "@/lib/validation/agreement";
import { groupBy } from "@/lib/collections";

// Reads for partners and for a therapist link whose scope includes "agreements" (then only the
// agreements in force, without proposals still under discussion).

export type AgreementStatus = "proposed" | "active" | "declined" | "retired";
export type VersionView = {
  number: number;
  basedOn: number | null;
  kind: "proposal" | "amendment" | "counter";
  title: string;
  text: string;
  category: AgreementCategory;
  scope: string;
  reviewAt: Date | null;
  endsAt: Date | null;
  proposedBy: string;
  proposedByName: string;
  createdAt: Date;
};
export type AgreementSummary = {
  id: string;
  status: AgreementStatus;
  /** The version in force, if any. */
  active: VersionView | null;
  /** The newest version (the one a new proposal must be drafted from). */
  head: VersionView;
  /** A version waiting for an answer, if any. */
  pending: VersionView | null;
  retireRequestedBy: string | null;
  reaffirmedBy: string | null;
  reviewAt: Date | null;
  /** Due for review (or past its end date). */
  due: boolean;
};
export type TimelineItem =
  | { type: "version"; at: Date; version: VersionView; diff: { title: DiffPart[]; text: DiffPart[] } | null }
  | { type: "decision"; at: Date; action: string; versionNumber: number; actorId: string; actorName: string; reason: string };

const versionSelect = {
  number: true,
  basedOn: true,
  kind: true,
  title: true,
  text: true,
  category: true,
  scope: true,
  reviewAt: true,
  endsAt: true,
  proposedBy: true,
  createdAt: true,
} as const;

/** An agreement's state: what the write functions check before they change it. */
export const agreementStateSelect = {
  id: true,
  status: true,
  head: true,
  activeVersion: true,
  pendingVersion: true,
  retireRequestedBy: true,
  reaffirmedBy: true,
  reviewAt: true,
} as const;

const agreementSelect = {
  ...agreementStateSelect,
  createdAt: true,
  versions: { select: versionSelect, orderBy: { number: "asc" } },
} as const;

const nameOf = (names: Map<string, string>, id: string) => names.get(id) ?? "A former partner";
const asCategory = (c: string): AgreementCategory =>
  (AGREEMENT_CATEGORIES as readonly string[]).includes(c) ? (c as AgreementCategory) : "other";
const asKind = (k: string): VersionView["kind"] => (k === "counter" || k === "amendment" ? k : "proposal");

type Row = {
  id: string;
  status: string;
  head: number;
  activeVersion: number | null;
  pendingVersion: number | null;
  retireRequestedBy: string | null;
  reaffirmedBy: string | null;
  reviewAt: Date | null;
  versions: (Omit<VersionView, "category" | "kind" | "proposedByName"> & { category: string; kind: string })[];
};

function toSummary(row: Row, names: Map<string, string>, today: string): AgreementSummary | null {
  const versions = row.versions.map((v) => ({
    ...v,
    category: asCategory(v.category),
    kind: asKind(v.kind),
    proposedByName: nameOf(names, v.proposedBy),
  }));
  const byNumber = (n: number | null) => (n === null ? null : (versions.find((v) => v.number === n) ?? null));
  const head = byNumber(row.head);
  if (!head) return null;
  const active = byNumber(row.activeVersion);
  const status = (["proposed", "active", "declined", "retired"].includes(row.status) ? row.status : "proposed") as AgreementStatus;
  return {
    id: row.id,
    status,
    active,
    head,
    pending: byNumber(row.pendingVersion),
    retireRequestedBy: row.retireRequestedBy,
    reaffirmedBy: row.reaffirmedBy,
    reviewAt: row.reviewAt,
    due: status === "active" && reviewIsDue({ reviewAt: row.reviewAt, endsAt: active?.endsAt }, today),
  };
}

/**
 * Every agreement of the couple (a therapist: only those in force), newest first. Read once per
 * render for the same context object (not the couple: what a reader sees depends on who reads, the
 * new-partner boundary and a link's scope): the dashboard's list and its partner feed's titles share it.
 * Outside a render (a server action, a test) each call reads afresh.
 */
export const listAgreements = cache(async (ctx: ReadContext, now = new Date()): Promise<AgreementSummary[]> => {
  if (!canRead(ctx, "agreements")) return [];
  const [rows, names, today] = await Promise.all([
    db.agreement
      .findMany({
        where: {
          coupleId: ctx.coupleId,
          ...(ctx.kind === "therapist" ? { status: "active" } : {}),
          AND: readableAgreements<Prisma.AgreementWhereInput>(ctx),
        },
        select: { ...agreementStateSelect, createdAt: true },
        orderBy: { createdAt: "desc" },
        take: 500,
      })
      .then((agreements) => withVersions(ctx, agreements)),
    coupleMemberNames(ctx),
    viewerToday(ctx, now),
  ]);
  return rows.flatMap((row) => toSummary(row, names, today) ?? []);
});

/**
 * The agreements' versions, oldest first, in a statement of their own, sent only when there are
 * agreements: a nested select sends its child query for an empty list too (`IN (NULL)`).
 */
async function withVersions<A extends { id: string }>(ctx: ReadContext, agreements: A[]): Promise<(A & { versions: Row["versions"] })[]> {
  if (agreements.length === 0) return [];
  const versions = await db.agreementVersion.findMany({
    where: { coupleId: ctx.coupleId, agreementId: { in: agreements.map((a) => a.id) } },
    select: { ...versionSelect, agreementId: true },
    orderBy: { number: "asc" },
  });
  const byAgreement = groupBy(versions, (v) => v.agreementId);
  return agreements.map((a) => ({ ...a, versions: byAgreement.get(a.id) ?? [] }));
}

/** The agreements in force, for the printable rules of the game and the therapist view. */
export async function listActiveAgreements(ctx: ReadContext, now = new Date()): Promise<(AgreementSummary & { active: VersionView })[]> {
  return (await listAgreements(ctx, now)).filter(
    (a): a is AgreementSummary & { active: VersionView } => a.status === "active" && a.active !== null,
  );
}

/** A decision the therapist's "since your last visit" may show: a version came into force, or a review kept it. */
export type AgreementChange = { agreementId: string; action: "accepted" | "reaffirmed"; versionNumber: number; title: string; at: Date };

/**
 * Agreements in force that came into force (a version accepted) or were reviewed and kept after
 * `since`: for "since your last visit". Each version is named by its own title. A review is one
 * line however many of its answers came in (each partner's "reaffirmed" is a row of its own).
 * Proposals, declines and retirements are the couple's discussion, not the rules as they stand,
 * so they are never listed.
 */
export async function agreementChangesSince(ctx: ReadContext, since: Date): Promise<AgreementChange[]> {
  if (!canRead(ctx, "agreements")) return [];
  const rows = await db.agreementDecision.findMany({
    where: {
      coupleId: ctx.coupleId,
      createdAt: { gt: since },
      action: { in: ["accepted", "reaffirmed"] },
      agreement: { coupleId: ctx.coupleId, status: "active", AND: readableAgreements<Prisma.AgreementWhereInput>(ctx) },
    },
    select: { agreementId: true, action: true, versionNumber: true, createdAt: true },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  if (rows.length === 0) return [];
  const versions = await db.agreementVersion.findMany({
    where: { coupleId: ctx.coupleId, agreementId: { in: [...new Set(rows.map((r) => r.agreementId))] } },
    select: { agreementId: true, number: true, title: true },
  });
  const titleOf = (agreementId: string, number: number) =>
    versions.find((v) => v.agreementId === agreementId && v.number === number)?.title;
  const changes: AgreementChange[] = [];
  for (const r of rows) {
    const title = titleOf(r.agreementId, r.versionNumber);
    if (title === undefined) continue;
    const action = r.action === "accepted" ? "accepted" : "reaffirmed";
    const previous = changes.at(-1);
    // The second answer of the same review: the one line moves to the later time.
    if (action === "reaffirmed" && previous?.action === "reaffirmed" && previous.agreementId === r.agreementId) {
      previous.at = r.createdAt;
      continue;
    }
    changes.push({ agreementId: r.agreementId, action, versionNumber: r.versionNumber, title, at: r.createdAt });
  }
  return changes;
}

/** One agreement with its whole history as a timeline (oldest first), each version diffed against the one it was drafted from. */
export async function getAgreement(
  ctx: ReadContext,
  id: string,
  now = new Date(),
): Promise<(AgreementSummary & { timeline: TimelineItem[] }) | null> {
  if (!canRead(ctx, "agreements") || ctx.kind === "therapist" || typeof id !== "string" || id.length > 64) return null;
  const [row, names, today] = await Promise.all([
    db.agreement.findFirst({
      where: { id, coupleId: ctx.coupleId, AND: readableAgreements<Prisma.AgreementWhereInput>(ctx) },
      select: {
        ...agreementSelect,
        decisions: {
          select: { action: true, versionNumber: true, actorId: true, reason: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        },
      },
    }),
    coupleMemberNames(ctx),
    viewerToday(ctx, now),
  ]);
  if (!row) return null;
  const summary = toSummary(row, names, today);
  if (!summary) return null;
  const versions = row.versions.map((v) => ({
    ...v,
    category: asCategory(v.category),
    kind: asKind(v.kind),
    proposedByName: nameOf(names, v.proposedBy),
  }));
  const timeline: TimelineItem[] = [
    ...versions.map((version): TimelineItem => {
      const base = version.basedOn === null ? undefined : versions.find((v) => v.number === version.basedOn);
      return {
        type: "version",
        at: version.createdAt,
        version,
        diff: base ? { title: wordDiff(base.title, version.title), text: wordDiff(base.text, version.text) } : null,
      };
    }),
    ...row.decisions.map((d): TimelineItem => ({
      type: "decision",
      at: d.createdAt,
      action: d.action,
      versionNumber: d.versionNumber,
      actorId: d.actorId,
      actorName: nameOf(names, d.actorId),
      reason: d.reason,
    })),
  ];
  // Same-millisecond rows keep their causal order: a version before a decision about it.
  timeline.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.type === b.type ? 0 : a.type === "version" ? -1 : 1));
  return { ...summary, timeline };
}

/** Active agreements due for review (or past their end date), for the dashboard. */
export async function agreementsDue(ctx: ReadContext, now = new Date()): Promise<AgreementSummary[]> {
  return (await listAgreements(ctx, now)).filter((a) => a.due);
}
