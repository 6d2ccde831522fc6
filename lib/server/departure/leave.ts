import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/server/db";
import { scrubFreedPages } from "@/lib/server/sqlite";
import { recordEvent } from "@/lib/server/audit";
import { coupleMembers } from "@/lib/server/couples/members";
import { assertWriter, type PartnerContext, type ReadContext, type UserContext } from "@/lib/server/access";
import { hashPassword } from "@/lib/server/auth/password";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionResult } from "@/lib/validation/form";
import type { SharedChoice } from "@/lib/validation/departure";
import type { AuditAction } from "@/lib/audit/events";

// Leaving the couple and deleting an account (issue 13). Both remove everything private of the
// person from the couple: private entries, entries they had deleted, check-ins and their notes, intake answers,
// safety checks and pauses, stage marks. What they shared (entries, responses, commitments) is
// either deleted too or kept for the other partner under a "former partner" account that nobody
// can sign in to, so none of it stays linked to the person. Agreements and their history are the
// couple's joint record: they stay, attributed to "a former partner" (ids only, no name).

/** The name kept rows show once their author has gone. */
export const FORMER_PARTNER = "A former partner";
/** What a removed question reads as when the other partner's answers to it stay (issue 21, point 11). */
export const FORMER_QUESTION = "A question from a former partner";
/** What a removed trigger reads as when the other partner's replies to it stay. */
export const FORMER_TRIGGER = "A trigger a former partner logged";

type Tx = Prisma.TransactionClient;
type Member = { userId: string; coupleId: string };

/** A placeholder author for kept rows: no membership, a random address and an unknown password. */
async function newFormerPartner(): Promise<{ email: string; passwordHash: string }> {
  const id = crypto.randomBytes(12).toString("hex");
  return { email: `former-partner-${id}@deleted.invalid`, passwordHash: await hashPassword(crypto.randomBytes(32).toString("hex")) };
}

/** Takes one member out of their couple, inside the caller's transaction. Returns true if the couple was removed (nobody left). */
async function removeFromCouple(tx: Tx, me: Member, shared: SharedChoice, former: { email: string; passwordHash: string } | null) {
  const { coupleId, userId } = me;
  const now = new Date();
  const others = await tx.membership.count({ where: { coupleId, userId: { not: userId } } });
  if (others === 0) {
    // Nobody would read what is kept: the whole workspace goes.
    await tx.couple.deleteMany({ where: { id: coupleId } });
    return true;
  }

  // Whoever joins from now on reads nothing shared before this moment (decision 011), and starts
  // without the kind of breach or the day of the discovery: they described what happened with the
  // partner who left. Maintenance, too, was that couple's.
  await tx.couple.updateMany({
    where: { id: coupleId },
    data: { lastDepartureAt: now, breach: null, discoveredOn: null, maintenanceSince: null, dailyRemindersUntil: null },
  });

  // Private, and already deleted by the person: always gone.
  await tx.entry.deleteMany({ where: { coupleId, authorId: userId, OR: [{ visibility: "private" }, { deletedAt: { not: null } }] } });
  await tx.checkIn.deleteMany({ where: { coupleId, authorId: userId } });
  await tx.intakeAnswer.deleteMany({ where: { coupleId, authorId: userId } });
  await tx.safetyCheck.deleteMany({ where: { coupleId, userId } });
  await tx.stageProgress.deleteMany({ where: { coupleId, userId } });
  await tx.mailSend.deleteMany({ where: { coupleId, userId } });
  const lifted = await tx.jointPause.deleteMany({ where: { coupleId, userId } });
  if (lifted.count > 0 && (await tx.jointPause.count({ where: { coupleId } })) === 0) {
    await recordEvent(tx, { coupleId, actorId: null, action: "joint.resumed" });
  }

  if (shared === "delete" || !former) {
    // The other partner's responses hang under these entries (a cascade): an entry they answered
    // stays as a shell without words under a former partner, so their response stays theirs.
    const answered = await tx.entry.findMany({
      where: { coupleId, authorId: userId, responses: { some: { authorId: { not: userId } } } },
      select: { id: true },
    });
    if (answered.length > 0 && former) {
      const kept = await tx.user.create({ data: { name: FORMER_PARTNER, ...former }, select: { id: true } });
      await tx.entry.updateMany({
        where: { coupleId, authorId: userId, id: { in: answered.map((e) => e.id) } },
        data: { authorId: kept.id, body: "{}" },
      });
    }
    await tx.entry.deleteMany({ where: { coupleId, authorId: userId } });
    await tx.entryResponse.deleteMany({ where: { coupleId, authorId: userId } });
    await tx.commitmentReview.deleteMany({ where: { coupleId, reviewerId: userId } });
    await keepTheirReviews(tx, coupleId, userId);
    await tx.commitment.deleteMany({ where: { coupleId, ownerId: userId } });
  } else {
    const kept = await tx.user.create({ data: { name: FORMER_PARTNER, ...former }, select: { id: true } });
    await tx.entry.updateMany({ where: { coupleId, authorId: userId }, data: { authorId: kept.id } });
    await tx.entryResponse.updateMany({ where: { coupleId, authorId: userId }, data: { authorId: kept.id } });
    await tx.commitment.updateMany({ where: { coupleId, ownerId: userId }, data: { ownerId: kept.id } });
    // Commitment logs and reviews are immutable history (a trigger refuses updates): they keep the
    // person's id, which no longer names anyone in the couple, so they read as "a former partner".
  }

  // Links and invites the person made stop working.
  await tx.shareLink.updateMany({
    where: { coupleId, createdById: userId, revokedAt: null },
    data: { revokedAt: now, revokedById: userId },
  });
  await tx.invite.updateMany({ where: { coupleId, createdById: userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  await tx.membership.deleteMany({ where: { coupleId, userId } });
  await removeTalkingItThroughTools(tx, coupleId, userId, shared === "delete" || !former);
  return false;
}

/** The name a commitment keeps once its maker has gone and taken its words. */
export const FORMER_COMMITMENT = "A commitment a former partner made";

/**
 * The other partner's confirmations hang under the departing partner's commitment logs (a cascade),
 * and logs and reviews are immutable history (a trigger refuses UPDATE, not INSERT or DELETE). So a
 * commitment the other partner confirmed or disputed stays, under its neutral name, and each log
 * they answered is written again without the person's note, their review moved onto it unchanged;
 * the person's other logs go with their words.
 */
async function keepTheirReviews(tx: Tx, coupleId: string, userId: string) {
  const logs = await tx.commitmentLog.findMany({
    where: { coupleId, authorId: userId, review: { isNot: null }, commitment: { coupleId, ownerId: userId } },
    select: {
      id: true,
      commitmentId: true,
      localDate: true,
      outcome: true,
      createdAt: true,
      review: { select: { id: true, reviewerId: true, verdict: true, note: true, createdAt: true } },
    },
  });
  if (logs.length === 0) return;
  const commitmentIds = [...new Set(logs.map((l) => l.commitmentId))];
  // Kept without its words, and linked to nobody: an id that names no one, as a former partner's.
  const formerId = `former-${crypto.randomBytes(12).toString("hex")}`;
  for (const log of logs) {
    const review = log.review!;
    const copy = await tx.commitmentLog.create({
      data: {
        coupleId,
        commitmentId: log.commitmentId,
        authorId: formerId,
        localDate: log.localDate,
        outcome: log.outcome,
        createdAt: log.createdAt,
      },
      select: { id: true },
    });
    await tx.commitmentLog.deleteMany({ where: { coupleId, id: log.id } });
    await tx.commitmentReview.create({ data: { ...review, coupleId, logId: copy.id } });
  }
  await tx.commitmentLog.deleteMany({
    where: { coupleId, commitmentId: { in: commitmentIds }, review: { is: null } },
  });
  await tx.commitment.updateMany({
    where: { coupleId, ownerId: userId, id: { in: commitmentIds } },
    data: { what: FORMER_COMMITMENT, ownerId: formerId },
  });
}

/**
 * The talking-it-through tools (talks, the Q&A record, the trigger log) keep author ids without a user
 * relation: whatever stays reads as "a former partner's". Private notes always go; with "delete",
 * everything the person wrote there goes. Runs after the membership is gone: answer revisions are
 * immutable only while their author is in the couple (the trigger in the questions migration).
 */
async function removeTalkingItThroughTools(tx: Tx, coupleId: string, userId: string, deleteShared: boolean) {
  await tx.talkNote.deleteMany({ where: { coupleId, authorId: userId, ...(deleteShared ? {} : { visibility: "private" }) } });
  await tx.triggerEvent.updateMany({ where: { coupleId, authorId: userId, noteVisibility: "private" }, data: { note: "" } });
  // Talks the couple had planned can't happen any more.
  await tx.talk.updateMany({
    where: { coupleId, status: { in: ["proposed", "accepted", "live"] } },
    data: { status: "cancelled", awaitingId: null, recurEveryDays: 0 },
  });
  if (!deleteShared) return;
  // The other partner's answers and replies hang under these rows (a cascade): where there are
  // any, the row stays without the person's words; where there are none, it goes.
  const theirs = { authorId: { not: userId } };
  await tx.question.updateMany({ where: { coupleId, askerId: userId, answers: { some: theirs } }, data: { text: FORMER_QUESTION } });
  await tx.question.deleteMany({ where: { coupleId, askerId: userId, answers: { none: theirs } } });
  await tx.answerRevision.deleteMany({ where: { coupleId, authorId: userId } });
  await tx.triggerEvent.updateMany({
    where: { coupleId, authorId: userId, replies: { some: theirs } },
    data: { what: FORMER_TRIGGER, note: "", noteVisibility: "private" },
  });
  await tx.triggerEvent.deleteMany({ where: { coupleId, authorId: userId, replies: { none: theirs } } });
  await tx.triggerReply.deleteMany({ where: { coupleId, authorId: userId } });
  await tx.triggerPlan.deleteMany({ where: { coupleId, authorId: userId } });
  await tx.talkFollowUp.deleteMany({ where: { coupleId, authorId: userId } });
  // A talk holds both partners' notes: the other partner's stay, the topic this person wrote goes.
  await tx.talk.updateMany({
    where: { coupleId, proposedBy: userId },
    data: { topic: "A talk (its topic left with a former partner)" },
  });
}

/** Leaves the couple: the person keeps their account (and can start a new workspace). */
export async function leaveCouple(ctx: ReadContext, input: { shared: SharedChoice }): Promise<ActionResult> {
  assertWriter(ctx);
  // Hashing is slow: never inside a transaction (decision 004).
  // Also needed with "delete": an entry the partner answered stays, without words, under a former partner.
  const former = await newFormerPartner();
  await db.$transaction(async (tx) => {
    const removed = await removeFromCouple(tx, ctx, input.shared, former);
    if (!removed) await recordEvent(tx, { coupleId: ctx.coupleId, actorId: null, action: "member.left" });
  });
  await scrubFreedPages(db);
  return { ok: true, data: undefined };
}

/**
 * Deletes the account: leaves the couple first (with the person's choice for what they shared),
 * then removes the user row, which ends every session and removes their settings, reminders,
 * reset links, and the links and invites they created. Mail kept for them in the dev outbox goes too.
 */
export async function deleteAccount(user: Pick<UserContext, "userId" | "email">, input: { shared: SharedChoice }): Promise<ActionResult> {
  const membership = await db.membership.findUnique({ where: { userId: user.userId }, select: { coupleId: true } });
  const former = membership ? await newFormerPartner() : null;
  await db.$transaction(async (tx) => {
    if (membership) {
      const me = { userId: user.userId, coupleId: membership.coupleId };
      const removed = await removeFromCouple(tx, me, input.shared, former);
      if (!removed) await recordEvent(tx, { coupleId: membership.coupleId, actorId: null, action: "member.deleted" });
    }
    await tx.outboxMail.deleteMany({ where: { to: user.email } });
    await tx.user.deleteMany({ where: { id: user.userId } });
  });
  await scrubFreedPages(db);
  return { ok: true, data: undefined };
}

/** Whether the caller's partner has left or deleted their account, for the neutral notice. */
export async function partnerDeparted(ctx: PartnerContext) {
  // Two members: nobody left (and the history needn't be read, as on almost every dashboard).
  if ((await coupleMembers(ctx)).length >= 2) return false;
  const departed = await db.auditEvent.findFirst({
    where: { coupleId: ctx.coupleId, action: { in: ["member.left", "member.deleted"] satisfies AuditAction[] } },
    select: { id: true },
  });
  return departed !== null;
}
