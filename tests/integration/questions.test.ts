import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PartnerContext } from "@/lib/server/access";
import { answerQuestionAction, askQuestionAction } from "@/app/(app)/app/questions/actions";
import { answerQuestion, askQuestion, holdQuestion } from "@/lib/server/questions/write";
import { listQuestions } from "@/lib/server/questions/read";
import { logTrigger } from "@/lib/server/triggers/write";
import { partnerFeed } from "@/lib/server/partner-feed";
import { getTherapistView } from "@/lib/server/share/therapist-view";
import { ANSWER_MAX, QUESTION_MESSAGES, QUESTION_NOT_FOUND } from "@/lib/validation/question";
import { therapistFor, db, makeCouple, takeSafetyChecks } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

async function ask(ctx: PartnerContext, text: string, repeatOf: string | null = null) {
  const res = await askQuestion(ctx, { text, repeatOf });
  if (!res.ok) throw new Error("setup");
  return res.data.id;
}

const revisions = (questionId: string) =>
  db.answerRevision.findMany({ where: { questionId }, orderBy: { number: "asc" }, select: { number: true, text: true, authorId: true } });

describe("the answer history is kept", () => {
  it("a revision adds a version; both partners see every version, oldest first", async () => {
    const { a, b } = await makeCouple();
    const id = await ask(b, "When did it end?");
    expect(await answerQuestion(a, { id, text: "In March.", seen: 0 })).toMatchObject({ ok: true, data: { number: 1 } });
    expect(await answerQuestion(a, { id, text: "In March, and I blocked the number in April.", seen: 1 })).toMatchObject({
      ok: true,
      data: { number: 2 },
    });
    expect(await revisions(id)).toEqual([
      { number: 1, text: "In March.", authorId: a.userId },
      { number: 2, text: "In March, and I blocked the number in April.", authorId: a.userId },
    ]);
    for (const reader of [a, b]) {
      const [q] = (await listQuestions(reader)).open;
      expect(q?.answers.map((x) => x.text)).toEqual(["In March.", "In March, and I blocked the number in April."]);
    }
  });

  it("a form that saw an older version can't save over the newest one; nothing is stored", async () => {
    const { a, b } = await makeCouple();
    const id = await ask(b, "Who else knew?");
    await answerQuestion(a, { id, text: "Nobody.", seen: 0 });
    await answerQuestion(a, { id, text: "One friend.", seen: 1 });
    expect(await answerQuestion(a, { id, text: "Written from a stale tab.", seen: 1 })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: QUESTION_MESSAGES.stale,
    });
    expect((await revisions(id)).map((r) => r.text)).toEqual(["Nobody.", "One friend."]);
  });

  it("the database refuses to change or delete a revision, but deleting the whole couple still works", async () => {
    const { coupleId, a, b } = await makeCouple();
    const id = await ask(b, "Did you love them?");
    await answerQuestion(a, { id, text: "No.", seen: 0 });
    await expect(db.$executeRaw`UPDATE "AnswerRevision" SET "text" = 'rewritten' WHERE "questionId" = ${id}`).rejects.toThrow(
      /append-only/,
    );
    // Through the client the words are sealed to each row first (one update per row); the trigger refuses it all the same.
    await expect(db.answerRevision.updateMany({ where: { questionId: id }, data: { text: "rewritten" } })).rejects.toThrow();
    await expect(db.answerRevision.deleteMany({ where: { questionId: id } })).rejects.toThrow();
    expect((await revisions(id)).map((r) => r.text)).toEqual(["No."]);
    await db.couple.delete({ where: { id: coupleId } });
    expect(await db.answerRevision.count({ where: { coupleId } })).toBe(0);
  });
});

describe("who may answer", () => {
  it("the person who asked can't answer their own question; nothing is stored", async () => {
    const { b } = await makeCouple();
    const id = await ask(b, "Why then?");
    expect(await answerQuestion(b, { id, text: "Answering myself.", seen: 0 })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: QUESTION_MESSAGES.ownQuestion,
    });
    expect(await revisions(id)).toEqual([]);
  });

  it("another couple can't answer, hold, see or link to this couple's question", async () => {
    const { b } = await makeCouple();
    const other = await makeCouple(["Jo", "Kim"]);
    const id = await ask(b, "Where did you meet?");
    expect(await answerQuestion(other.a, { id, text: "Crossing over.", seen: 0 })).toMatchObject({
      ok: false,
      formError: QUESTION_NOT_FOUND,
    });
    expect(await holdQuestion(other.a, { id, hold: true })).toMatchObject({ ok: false, formError: QUESTION_NOT_FOUND });
    expect(await askQuestion(other.b, { text: "Linked across couples", repeatOf: id })).toEqual({
      ok: false,
      fieldErrors: { repeatOf: [QUESTION_NOT_FOUND] },
    });
    expect(await revisions(id)).toEqual([]);
    expect(await db.question.findUniqueOrThrow({ where: { id }, select: { heldAt: true } })).toEqual({ heldAt: null });
    expect(await listQuestions(other.a)).toEqual({ open: [], held: [] });
    expect(await db.question.count({ where: { coupleId: other.a.coupleId } })).toBe(0);
  });

  it("bad input through the action: an empty question, an oversized answer and a missing id get field errors; nothing is stored", async () => {
    const { a, b } = await makeCouple();
    await takeSafetyChecks(a, b);
    const id = await ask(b, "What did you tell yourself?");
    signInAs(b);
    expect(await askQuestionAction(null, form({ text: "   " }))).toMatchObject({
      ok: false,
      fieldErrors: { text: ["Enter your question."] },
    });
    signInAs(a);
    const long = await answerQuestionAction(null, form({ id, seen: "0", text: "x".repeat(ANSWER_MAX + 1) }));
    expect(long).toMatchObject({ ok: false, fieldErrors: { text: [expect.stringMatching(/too long/)] } });
    expect(await answerQuestionAction(null, form({ text: "No id" }))).toMatchObject({
      ok: false,
      fieldErrors: { id: [QUESTION_NOT_FOUND] },
    });
    expect(await revisions(id)).toEqual([]);
    expect(await db.question.count({ where: { coupleId: a.coupleId } })).toBe(1);
    expect(await answerQuestionAction(null, form({ id, seen: "0", text: "  I told myself it didn't count.  " }))).toMatchObject({
      ok: true,
    });
    expect((await revisions(id)).map((r) => r.text)).toEqual(["I told myself it didn't count."]);
  });
});

describe("asking again", () => {
  it("is never blocked and links to the earlier question and its answer", async () => {
    const { a, b } = await makeCouple();
    const first = await ask(b, "Is it really over?");
    await answerQuestion(a, { id: first, text: "Yes.", seen: 0 });
    const again = await ask(b, "Is it really over?", first);
    const { open } = await listQuestions(b);
    expect(open.map((q) => q.id)).toEqual([again, first]);
    expect(open[0]?.repeatOf).toEqual({ id: first, text: "Is it really over?" });
    expect(open[1]?.answers.map((x) => x.text)).toEqual(["Yes."]);
  });
});

describe("hold for a therapy session", () => {
  it("takes the question out of the Q&A flow, can't be answered while held, and comes back when released", async () => {
    const { a, b } = await makeCouple();
    const id = await ask(b, "Did you think of leaving?");
    expect(await holdQuestion(a, { id, hold: true })).toEqual({ ok: true, data: undefined });
    const held = await listQuestions(b);
    expect(held.open).toEqual([]);
    expect(held.held.map((q) => [q.id, q.heldByName])).toEqual([[id, a.name]]);
    expect(await answerQuestion(a, { id, text: "Not in writing.", seen: 0 })).toMatchObject({
      ok: false,
      formError: QUESTION_MESSAGES.held,
    });
    expect(await holdQuestion(b, { id, hold: true })).toMatchObject({ ok: false, formError: QUESTION_MESSAGES.alreadyHeld });
    expect(await revisions(id)).toEqual([]);
    expect(await holdQuestion(b, { id, hold: false })).toEqual({ ok: true, data: undefined });
    expect((await listQuestions(a)).open.map((q) => q.id)).toEqual([id]);
  });

  it("shows held questions to a therapist only when the link's scope includes them, and never the open ones", async () => {
    const { a, b } = await makeCouple();
    const held = await ask(b, "Held: what were the messages about?");
    const open = await ask(b, "Open: when will you tell your sister?");
    await answerQuestion(a, { id: held, text: "An answer for the session.", seen: 0 });
    await holdQuestion(b, { id: held, hold: true });

    const withScope = await therapistFor(a, ["held-questions"]);
    const seen = await listQuestions(withScope);
    expect(seen.open).toEqual([]);
    expect(seen.held.map((q) => [q.id, q.answers.map((x) => x.text)])).toEqual([[held, ["An answer for the session."]]]);
    const view = await getTherapistView(withScope);
    expect(view.heldQuestions?.map((q) => q.id)).toEqual([held]);
    expect(JSON.stringify(view)).not.toContain("Open: when will you tell your sister?");

    const without = await therapistFor(a, ["progress", "entries", "agreements", "commitments", "check-ins", "talks", "triggers"]);
    expect(await listQuestions(without)).toEqual({ open: [], held: [] });
    const plain = await getTherapistView(without);
    expect(plain.heldQuestions).toBeNull();
    expect(JSON.stringify(plain)).not.toContain("Held: what were the messages about?");
    expect(open).toBeTruthy();
  });
});

describe("the partner's activity feed", () => {
  it("says what the other partner did in the talking-it-through tools, without any of their words", async () => {
    const { a, b } = await makeCouple();
    const id = await ask(b, "Secret words of the question");
    await answerQuestion(a, { id, text: "Secret words of the answer", seen: 0 });
    await logTrigger(b, { what: "Secret trigger words", intensity: 2, note: "", noteVisibility: "private", timeZone: "UTC" });
    const seenByA = await partnerFeed(a, 20);
    const talking = seenByA.flatMap((i) => (i.type === "talking-it-through" ? [[i.action, i.href]] : []));
    expect(talking.sort()).toEqual([
      ["question.asked", `/app/questions#q-${id}`],
      ["trigger.logged", "/app/triggers"],
    ]);
    const seenByB = await partnerFeed(b, 20);
    expect(seenByB.filter((i) => i.type === "talking-it-through").map((i) => i.type === "talking-it-through" && i.action)).toEqual([
      "question.answered",
    ]);
    expect(JSON.stringify([seenByA, seenByB])).not.toMatch(/Secret/);
  });
});
