import "server-only";
import { checkEveryTransaction } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import type { PartnerContext } from "@/lib/server/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { JOINT_PAUSED, SAFETY_CHECK_FIRST } from "@/lib/validation/safety";
import { safetyCheckDue } from "@/lib/server/safety/read";
import { refuse, type ActionResult } from "@/lib/validation/form";

// The one guard of joint work (decision 008). partnerAction(…, { joint }) runs the handler through
// asJointWork, and every transaction the handler's write opens then starts with assertJointOpen on
// that transaction's own client: the pause is read in the same transaction as the joint write, so
// a pause committed a moment earlier is seen, and one committed a moment later comes after it.

type Tx = Prisma.TransactionClient;

/** Thrown inside a joint write's transaction to roll it back and answer with the refusal. */
class JointWorkRefused extends Error {
  constructor(readonly formError: string) {
    super(formError);
  }
}

/**
 * Refuses joint work while either partner has paused it, or while the caller's own safety check is
 * missing or older than four weeks.
 */
export async function assertJointOpen(tx: Tx, ctx: PartnerContext): Promise<void> {
  // Both this and setPause first write the couple's row on PostgreSQL (SERIALIZABLE): two
  // transactions that write one row are strictly ordered, the later one aborted and retried from
  // the start with a view that includes the earlier one. So a joint write never commits after a
  // pause it did not see (a read of the pauses alone would only order them logically). SQLite
  // runs transactions one at a time already.
  await lockJointWork(tx, ctx.coupleId);
  if ((await tx.jointPause.count({ where: { coupleId: ctx.coupleId } })) > 0) throw new JointWorkRefused(JOINT_PAUSED);
  if (await safetyCheckDue(ctx, tx)) throw new JointWorkRefused(SAFETY_CHECK_FIRST);
}

/** Runs one joint action's handler under the guard; a refusal becomes the action's form error. */
export async function asJointWork<T>(ctx: PartnerContext, work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await checkEveryTransaction((tx) => assertJointOpen(tx, ctx), work);
  } catch (error) {
    if (error instanceof JointWorkRefused) return refuse(error.formError);
    throw error;
  }
}

/**
 * Orders a change of the pause against joint writes (see assertJointOpen). On PostgreSQL it writes
 * the couple's row without changing any value (a Prisma update would stamp updatedAt), which takes
 * the row's lock. SQLite runs one transaction at a time on its one connection: nothing to order, so
 * nothing is written (a refused action there writes no statement at all).
 */
export async function lockJointWork(tx: Tx, coupleId: string): Promise<void> {
  if (env().databaseProvider !== "postgresql") return;
  await tx.$executeRaw`UPDATE "Couple" SET "id" = "id" WHERE "id" = ${coupleId}`;
}
