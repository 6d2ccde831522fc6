import { beforeEach, describe, expect, it, vi } from "vitest";
import * as stageActions from "@/app/(app)/app/stages/actions";
import { Prisma } from "@/lib/generated/prisma/client";
import { createEntry } from "@/lib/server/entries/write";
import { pauseJointWork, resumeJointWork } from "@/lib/server/safety/write";
import { JOINT_PAUSED } from "@/lib/validation/safety";
import type { PartnerContext } from "@/lib/server/access";
import { db, makeCouple, takeSafetyChecks } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

// Issue 21, point 8: editing joint work is joint work, and the pause is checked inside the
// write's own transaction, so a joint action racing a pause never lands after it.

beforeEach(() => signInAs(null));

async function idOf(result: { ok: boolean; data?: { id: string } }) {
  if (!result.ok || !result.data) throw new Error(`setup: ${JSON.stringify(result)}`);
  return result.data.id;
}

async function bodyOf(id: string) {
  return JSON.parse((await db.entry.findUniqueOrThrow({ where: { id }, select: { body: true } })).body) as Record<string, unknown>;
}

async function jointEntries(a: PartnerContext) {
  const homework = await idOf(
    await createEntry(a, {
      stageSlug: "professional-help",
      exerciseKey: null,
      kind: "homework",
      visibility: "partner",
      body: { text: "Read chapter 3", done: false },
    }),
  );
  const activity = await idOf(
    await createEntry(a, {
      stageSlug: "new-memories",
      exerciseKey: null,
      kind: "activity",
      visibility: "partner",
      body: { title: "Picnic", status: "idea" },
    }),
  );
  const reflection = await idOf(
    await createEntry(a, {
      stageSlug: "self-work",
      exerciseKey: "root-causes",
      kind: "reflection",
      visibility: "private",
      body: { answers: ["Mine."] },
    }),
  );
  return { homework, activity, reflection };
}

describe("editing joint work while it is paused", () => {
  it("refuses an edit of a homework or an activity and changes nothing; one's own entries stay editable", async () => {
    const { a, b } = await makeCouple();
    await takeSafetyChecks(a, b);
    const ids = await jointEntries(a);
    await pauseJointWork(b);

    signInAs(a);
    const editHomework = () => stageActions.updateEntryAction(null, form({ id: ids.homework, visibility: "partner", text: "Skip it" }));
    const editActivity = () =>
      stageActions.updateEntryAction(null, form({ id: ids.activity, visibility: "partner", title: "Something else" }));
    expect(await editHomework()).toEqual({ ok: false, fieldErrors: {}, formError: JOINT_PAUSED });
    expect(await editActivity()).toEqual({ ok: false, fieldErrors: {}, formError: JOINT_PAUSED });
    expect(await bodyOf(ids.homework)).toEqual({ text: "Read chapter 3", done: false });
    expect(await bodyOf(ids.activity)).toEqual({ title: "Picnic", status: "idea" });

    const reflection = await stageActions.updateEntryAction(
      null,
      form({ id: ids.reflection, visibility: "private", "answer-0": "Still mine." }),
    );
    expect(reflection.ok, JSON.stringify(reflection)).toBe(true);

    await resumeJointWork(b);
    expect(await editHomework()).toMatchObject({ ok: true });
    expect(await bodyOf(ids.homework)).toMatchObject({ text: "Skip it" });
  });
});

/**
 * The order in which the couple's pauses and this entry reached its history (every round's pause
 * records one "joint.paused": the last one is this round's). On SQLite, where
 * transactions run one at a time, the rowid is the exact commit order; on PostgreSQL the
 * insert time (ms), which the lock both take on the couple's row makes follow the commit order
 * (a tie counts as the entry first).
 */
async function historyOrder(coupleId: string, entryId: string): Promise<string[]> {
  const order = Prisma.raw(process.env.DATABASE_URL!.startsWith("file:") ? "rowid" : "at");
  const rows = await db.$queryRaw<{ action: string }[]>`
    SELECT action FROM "AuditEvent"
    WHERE "coupleId" = ${coupleId} AND (action = 'joint.paused' OR (action = 'entry.created' AND subject = ${entryId}))
    ORDER BY ${order}, action`;
  return rows.map((r) => r.action);
}

describe("a joint action racing a pause", () => {
  it("never lands after the pause: over many rounds, either no pause, or no write, or the write came first", async () => {
    const { coupleId, a, b } = await makeCouple();
    await takeSafetyChecks(a, b);
    signInAs(a);
    const ROUNDS = 50;
    const lateWrites: number[] = [];
    const outcomes = { refused: 0, landedBeforePause: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const text = `Homework of round ${round}`;
      // The pause starts a few more promise turns after the action each round, so over the rounds
      // it falls before, between and after the action's own steps (a count of turns, not a time).
      // On the old code (the check before the write's transaction) rounds 24 to 38 landed late.
      const pauseLater = async () => {
        await new Promise((resolve) => process.nextTick(resolve));
        for (let turn = 0; turn < round * 3; turn++) await Promise.resolve();
        return pauseJointWork(b);
      };
      const [result] = await Promise.all([
        stageActions.createEntryAction(null, form({ kind: "homework", stageSlug: "professional-help", visibility: "partner", text })),
        pauseLater(),
      ]);
      const pause = await db.jointPause.findFirst({ where: { coupleId }, select: { id: true } });
      // Bodies are sealed at rest: read the couple's entries and look in the opened words.
      const written = (await db.entry.findMany({ where: { coupleId }, select: { id: true, body: true } })).find((e) =>
        e.body.includes(text),
      );
      expect(pause).not.toBeNull();
      expect(Boolean(written)).toBe(result.ok);
      if (!written) {
        expect(result).toEqual({ ok: false, fieldErrors: {}, formError: JOINT_PAUSED });
        outcomes.refused++;
      } else if ((await historyOrder(coupleId, written.id)).at(-1) === "entry.created") {
        lateWrites.push(round);
      } else {
        outcomes.landedBeforePause++;
      }
      await resumeJointWork(b);
    }
    expect(lateWrites, `rounds whose joint write landed after the pause (${JSON.stringify(outcomes)})`).toEqual([]);
  }, 120_000);
});
