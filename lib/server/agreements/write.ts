import "server-only";
import { readableAgreements } from "@/lib/server/couples/boundary";
import { addMonths } from "date-fns";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type PartnerContext, type ReadContext } from "@/lib/server/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AGREEMENT_MESSAGES as M, AGREEMENT_NOT_FOUND, type AgreementDraft } from "@/lib/validation/agreement";
import { refuse, type ActionResult } from "@/lib/validation/form";
import { agreementStateSelect } from "@/lib/server/agreements/read";
import { firstReviewOf, nextReviewAfterKeeping, reviewIsDue } from "@/lib/agreements/review";
import { viewerToday } from "@/lib/server/couples/members";
import { localDateIn } from "@/lib/check-ins/dates";
import type { AuditAction } from "@/lib/audit/events";

// The rules of the game. History (AgreementVersion, AgreementDecision) is only ever created here,
// never updated or deleted. The Agreement row holds the state, and every change to it is a
// conditional `updateMany` whose `where` names the state the caller saw (head, pending version,
// retire request...), with a count check: when two partners act at once, exactly one write
// matches and the other is refused with a clear message. Each runs in one transaction with the
// history row it adds, so state and history never disagree.

type Tx = Prisma.TransactionClient;
const NOT_FOUND = refuse(AGREEMENT_NOT_FOUND);

/** How long a jointly reaffirmed agreement rests before it is due again. */
export const REAFFIRM_MONTHS = 3;

/** Thrown inside a transaction to roll it back and answer with a refusal. */
class Refusal extends Error {
  constructor(readonly result: ActionResult<never>) {
    super(result.ok ? "" : (result.formError ?? "refused"));
  }
}

async function inTransaction<T>(run: (tx: Tx) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await db.$transaction(run);
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

function versionData(ctx: PartnerContext, draft: AgreementDraft) {
  return {
    coupleId: ctx.coupleId,
    title: draft.title,
    text: draft.text,
    category: draft.category,
    scope: draft.scope,
    reviewAt: draft.reviewAt,
    endsAt: draft.endsAt,
    proposedBy: ctx.userId,
  };
}

const event = (tx: Tx, ctx: PartnerContext, action: AuditAction, agreementId: string) =>
  recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action, subject: agreementId });

type Decision = {
  versionNumber: number;
  action: "accepted" | "declined" | "retire-requested" | "retired" | "retire-declined" | "reaffirmed";
  reason?: string;
};

/** The caller's answer, added to the agreement's history with the audit event of the same name. */
async function decide(tx: Tx, ctx: PartnerContext, agreementId: string, decision: Decision) {
  await tx.agreementDecision.create({ data: { coupleId: ctx.coupleId, agreementId, ...decision, actorId: ctx.userId } });
  await event(tx, ctx, `agreement.${decision.action}`, agreementId);
}

/** A new agreement, proposed by the caller; it becomes active only when the other partner accepts. */
export async function proposeAgreement(ctx: ReadContext, draft: AgreementDraft): Promise<ActionResult<{ id: string }>> {
  assertWriter(ctx);
  return inTransaction(async (tx) => {
    const agreement = await tx.agreement.create({
      data: { coupleId: ctx.coupleId, status: "proposed", head: 1, pendingVersion: 1 },
      select: { id: true },
    });
    await tx.agreementVersion.create({
      data: { ...versionData(ctx, draft), agreementId: agreement.id, number: 1, basedOn: null, kind: "proposal" },
    });
    await event(tx, ctx, "agreement.proposed", agreement.id);
    return { ok: true, data: { id: agreement.id } };
  });
}

const findAgreement = (tx: Tx, ctx: PartnerContext, id: string) =>
  tx.agreement.findFirst({
    where: { id, coupleId: ctx.coupleId, AND: readableAgreements<Prisma.AgreementWhereInput>(ctx) },
    select: agreementStateSelect,
  });

/**
 * An amendment (or, when the other partner's proposal is waiting, a counter-proposal): a new
 * version drafted from `basedOn`. The database write itself checks that `basedOn` is still the
 * newest version; if the other partner saved one meanwhile, nothing is written and the caller
 * gets the conflict message (their form keeps what they typed and shows the newer text).
 * Until the new version is accepted, the active one stays in force.
 */
export async function amendAgreement(
  ctx: ReadContext,
  input: AgreementDraft & { id: string; basedOn: number },
): Promise<ActionResult<{ version: number }>> {
  assertWriter(ctx);
  return inTransaction(async (tx) => {
    const agreement = await findAgreement(tx, ctx, input.id);
    if (!agreement) return NOT_FOUND;
    if (agreement.status === "retired") return refuse(M.retired);
    const pending = agreement.pendingVersion
      ? await tx.agreementVersion.findFirst({
          where: { agreementId: agreement.id, coupleId: ctx.coupleId, number: agreement.pendingVersion },
          select: { proposedBy: true },
        })
      : null;
    const number = input.basedOn + 1;
    const { count } = await tx.agreement.updateMany({
      // The optimistic-concurrency check: only a write drafted from the newest version matches.
      where: { id: agreement.id, coupleId: ctx.coupleId, head: input.basedOn, status: { not: "retired" } },
      data: { head: number, pendingVersion: number, status: agreement.activeVersion ? "active" : "proposed", reaffirmedBy: null },
    });
    if (count !== 1) return refuse(M.conflict);
    const kind = pending && pending.proposedBy !== ctx.userId ? "counter" : "amendment";
    await tx.agreementVersion.create({
      data: { ...versionData(ctx, input), agreementId: agreement.id, number, basedOn: input.basedOn, kind },
    });
    await event(tx, ctx, kind === "counter" ? "agreement.countered" : "agreement.amended", agreement.id);
    return { ok: true, data: { version: number } };
  });
}

/** Loads a version waiting for an answer and checks the caller is the one to give it. */
async function pendingForAnswer(tx: Tx, ctx: PartnerContext, id: string, version: number) {
  const agreement = await findAgreement(tx, ctx, id);
  if (!agreement) throw new Refusal(NOT_FOUND);
  if (agreement.status === "retired") throw new Refusal(refuse(M.retired));
  const row = await tx.agreementVersion.findFirst({
    where: { agreementId: agreement.id, coupleId: ctx.coupleId, number: version },
    select: { proposedBy: true, reviewAt: true, endsAt: true },
  });
  if (!row) throw new Refusal(refuse(M.notPending));
  if (row.proposedBy === ctx.userId) throw new Refusal(refuse(M.ownProposal));
  return { agreement, row };
}

/** The other partner accepts a waiting version: it becomes the one in force. */
export async function acceptVersion(ctx: ReadContext, input: { id: string; version: number }): Promise<ActionResult> {
  assertWriter(ctx);
  return inTransaction(async (tx) => {
    const { agreement, row } = await pendingForAnswer(tx, ctx, input.id, input.version);
    const { count } = await tx.agreement.updateMany({
      where: { id: agreement.id, coupleId: ctx.coupleId, pendingVersion: input.version, head: input.version, status: { not: "retired" } },
      // A version with an end date (a transparency agreement's agreed time) is reviewed at its end at the latest.
      data: { status: "active", activeVersion: input.version, pendingVersion: null, reviewAt: firstReviewOf(row), reaffirmedBy: null },
    });
    if (count !== 1) return refuse(M.notPending);
    await decide(tx, ctx, agreement.id, { versionNumber: input.version, action: "accepted" });
    return { ok: true, data: undefined };
  });
}

/** The other partner declines a waiting version, saying why. An active version stays in force. */
export async function declineVersion(ctx: ReadContext, input: { id: string; version: number; reason: string }): Promise<ActionResult> {
  assertWriter(ctx);
  return inTransaction(async (tx) => {
    const { agreement } = await pendingForAnswer(tx, ctx, input.id, input.version);
    const { count } = await tx.agreement.updateMany({
      where: { id: agreement.id, coupleId: ctx.coupleId, pendingVersion: input.version, head: input.version, status: { not: "retired" } },
      data: { pendingVersion: null, status: agreement.activeVersion ? "active" : "declined" },
    });
    if (count !== 1) return refuse(M.notPending);
    await decide(tx, ctx, agreement.id, { versionNumber: input.version, action: "declined", reason: input.reason });
    return { ok: true, data: undefined };
  });
}

/** One partner asks to retire an active agreement; it stays in force until the other agrees. */
export async function requestRetirement(ctx: ReadContext, input: { id: string }): Promise<ActionResult> {
  assertWriter(ctx);
  return inTransaction(async (tx) => {
    const agreement = await findAgreement(tx, ctx, input.id);
    if (!agreement) return NOT_FOUND;
    if (agreement.status === "retired") return refuse(M.retired);
    if (agreement.status !== "active" || agreement.activeVersion === null) return refuse(M.notActive);
    const { count } = await tx.agreement.updateMany({
      where: { id: agreement.id, coupleId: ctx.coupleId, status: "active", retireRequestedBy: null },
      data: { retireRequestedBy: ctx.userId },
    });
    if (count !== 1) return refuse(M.alreadyRetireRequested);
    await decide(tx, ctx, agreement.id, { versionNumber: agreement.activeVersion, action: "retire-requested" });
    return { ok: true, data: undefined };
  });
}

/** The other partner answers a request to retire: agree (retired for good) or keep it, with a reason. */
export async function answerRetirement(ctx: ReadContext, input: { id: string; agree: boolean; reason?: string }): Promise<ActionResult> {
  assertWriter(ctx);
  return inTransaction(async (tx) => {
    const agreement = await findAgreement(tx, ctx, input.id);
    if (!agreement) return NOT_FOUND;
    if (agreement.status === "retired") return refuse(M.retired);
    if (!agreement.retireRequestedBy) return refuse(M.noRetireRequest);
    if (agreement.retireRequestedBy === ctx.userId) return refuse(M.ownRetireRequest);
    const { count } = await tx.agreement.updateMany({
      where: { id: agreement.id, coupleId: ctx.coupleId, status: "active", retireRequestedBy: agreement.retireRequestedBy },
      data: input.agree
        ? { status: "retired", retireRequestedBy: null, pendingVersion: null, reviewAt: null, reaffirmedBy: null }
        : { retireRequestedBy: null },
    });
    if (count !== 1) return refuse(input.agree ? M.retired : M.noRetireRequest);
    await decide(tx, ctx, agreement.id, {
      versionNumber: agreement.activeVersion ?? agreement.head,
      action: input.agree ? "retired" : "retire-declined",
      reason: input.reason ?? "",
    });
    return { ok: true, data: undefined };
  });
}

/**
 * Reviewing a due agreement: each partner keeps it as it is (or proposes a change, or retiring it,
 * instead). When both have kept it, the next review moves REAFFIRM_MONTHS on (never past the end
 * of an agreed period that is still running). Each answer is a row in the agreement's history.
 */
export async function reaffirmAgreement(
  ctx: ReadContext,
  input: { id: string },
  now = new Date(),
): Promise<ActionResult<{ both: boolean }>> {
  assertWriter(ctx);
  const today = await viewerToday(ctx, now);
  return inTransaction(async (tx) => {
    const agreement = await findAgreement(tx, ctx, input.id);
    if (!agreement) return NOT_FOUND;
    if (agreement.status === "retired") return refuse(M.retired);
    if (agreement.status !== "active" || agreement.activeVersion === null) return refuse(M.notActive);
    const active = await tx.agreementVersion.findFirst({
      where: { agreementId: agreement.id, coupleId: ctx.coupleId, number: agreement.activeVersion },
      select: { endsAt: true },
    });
    // Due as the pages show it (lib/server/agreements/read.ts), on this partner's own calendar day.
    if (!reviewIsDue({ reviewAt: agreement.reviewAt, endsAt: active?.endsAt }, today)) return refuse(M.notDue);
    if (agreement.reaffirmedBy === ctx.userId) return refuse(M.alreadyReaffirmed);
    const both = agreement.reaffirmedBy !== null;
    // A calendar day at noon UTC, like the dates from the form.
    const next = nextReviewAfterKeeping(
      new Date(`${localDateIn("UTC", addMonths(now, REAFFIRM_MONTHS))}T12:00:00Z`),
      active?.endsAt ?? null,
      now,
    );
    const { count } = await tx.agreement.updateMany({
      where: {
        id: agreement.id,
        coupleId: ctx.coupleId,
        status: "active",
        reaffirmedBy: agreement.reaffirmedBy,
        reviewAt: agreement.reviewAt,
      },
      data: both ? { reaffirmedBy: null, reviewAt: next } : { reaffirmedBy: ctx.userId },
    });
    if (count !== 1) return refuse(M.alreadyReaffirmed);
    await decide(tx, ctx, agreement.id, { versionNumber: agreement.activeVersion, action: "reaffirmed" });
    return { ok: true, data: { both } };
  });
}
