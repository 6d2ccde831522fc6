import "server-only";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import { assertWriter, type ReadContext } from "@/lib/server/access";
import { isAffair, isBreach } from "@/lib/content/readers";
import { AFFAIR_ONLY_QUESTIONS, INTAKE_QUESTIONS, type IntakeInput } from "@/lib/validation/intake";
import type { ActionResult } from "@/lib/validation/form";

// A partner writes their own intake: only their own rows (authorId in every where). Only answers
// whose value or visibility changed are written, so a row's updatedAt means a real change.

/** Saves the partner's whole intake form; `changed` counts the answers added, changed or removed. */
export async function saveIntake(ctx: ReadContext, input: IntakeInput): Promise<ActionResult<{ changed: number }>> {
  assertWriter(ctx);
  return db.$transaction(async (tx) => {
    const own = { coupleId: ctx.coupleId, authorId: ctx.userId };
    const [rows, couple] = await Promise.all([
      tx.intakeAnswer.findMany({ where: own, select: { question: true, value: true, visibility: true } }),
      tx.couple.findFirst({ where: { id: ctx.coupleId }, select: { breach: true } }),
    ]);
    const affair = isAffair(isBreach(couple?.breach) ? couple.breach : null);
    let changed = 0;
    // The couple's history notes a save only when someone else could have seen the change: an answer
    // that was, or now is, shared. A change to only-me answers leaves no trace (like decision notes).
    let sharedChange = false;
    for (const question of INTAKE_QUESTIONS) {
      // Not asked while the couple hasn't said an affair happened: what was saved stays as it was.
      if (!affair && AFFAIR_ONLY_QUESTIONS.includes(question)) continue;
      const value = input[question];
      const visibility = input[`${question}Visibility`];
      const current = rows.find((r) => r.question === question);
      if (value === "") {
        if (current) {
          changed += (await tx.intakeAnswer.deleteMany({ where: { ...own, question } })).count;
          sharedChange ||= current.visibility !== "private";
        }
        continue;
      }
      if (current && current.value === value && current.visibility === visibility) continue;
      await tx.intakeAnswer.upsert({
        where: { coupleId_authorId_question: { ...own, question } },
        create: { ...own, question, value, visibility },
        update: { value, visibility },
      });
      changed += 1;
      sharedChange ||= visibility !== "private" || (current !== undefined && current.visibility !== "private");
    }
    if (sharedChange) await recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "intake.saved" });
    return { ok: true as const, data: { changed } };
  });
}
