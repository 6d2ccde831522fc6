import { beforeEach, describe, expect, it, vi } from "vitest";
import { createEntry, respondToEntry } from "@/lib/server/entries/write";
import { listReadableEntries } from "@/lib/server/entries/read";
import { answerQuestion, askQuestion } from "@/lib/server/questions/write";
import { listQuestions } from "@/lib/server/questions/read";
import { logTrigger, replyToTrigger } from "@/lib/server/triggers/write";
import { listTriggers } from "@/lib/server/triggers/read";
import { acceptTalk, addFollowUp, saveTalkNote, scheduleTalk, startTalk } from "@/lib/server/talks/write";
import { getTalk } from "@/lib/server/talks/read";
import { createCommitment, logCommitment, reviewCommitmentLog } from "@/lib/server/commitments/write";
import { listCommitments } from "@/lib/server/commitments/read";
import { deleteAccount, leaveCouple } from "@/lib/server/departure/leave";
import { buildExport } from "@/lib/server/export/sections";
import { makeCouple, takeSafetyChecks } from "./factories";
import { signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

// Issue 21, point 11: B leaves or deletes the account and removes what B shared. Every row of A's
// that hung under one of B's (an answer under B's question, a reply under B's trigger, a response
// under B's entry, A's note and follow-up under B's talk) stays A's; B's words go.

function ok<T>(res: { ok: true; data: T } | { ok: false }): T {
  if (!res.ok) throw new Error(`setup: ${JSON.stringify(res)}`);
  return res.data;
}

async function scenario() {
  const { a, b } = await makeCouple(["Alex", "Blair"]);
  await takeSafetyChecks(a, b);
  const question = ok(await askQuestion(b, { text: "B-QUESTION-TEXT", repeatOf: null }));
  await answerQuestion(a, { id: question.id, text: "A-ANSWER-ONE", seen: 0 });
  await answerQuestion(a, { id: question.id, text: "A-ANSWER-TWO", seen: 1 });
  const trigger = ok(
    await logTrigger(b, { what: "B-TRIGGER-WHAT", intensity: 3, note: "B-TRIGGER-NOTE", noteVisibility: "partner", timeZone: "UTC" }),
  );
  await replyToTrigger(a, { id: trigger.id, text: "A-TRIGGER-REPLY" });
  const statement = ok(
    await createEntry(b, {
      stageSlug: "acknowledgment",
      exerciseKey: "accountability-statement",
      kind: "accountability",
      visibility: "partner",
      body: { answers: ["B-STATEMENT"] },
    } as never),
  );
  await respondToEntry(a, { entryId: statement.id, verdict: "not-yet", questions: "A-RESPONSE-QUESTIONS" });
  const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const talk = ok(
    await scheduleTalk(b, {
      template: "",
      topic: "B-TALK-TOPIC",
      recurEveryDays: 0,
      date: soon,
      time: "10:00",
      timeZone: "UTC",
      minutes: 30,
    }),
  );
  await acceptTalk(a, { id: talk.id });
  await startTalk(b, { id: talk.id });
  await saveTalkNote(a, { id: talk.id, text: "A-TALK-NOTE", visibility: "partner" });
  await addFollowUp(a, { id: talk.id, text: "A-FOLLOW-UP" });
  await addFollowUp(b, { id: talk.id, text: "B-FOLLOW-UP" });
  const commitment = ok(await createCommitment(b, { what: "B-COMMITMENT-WHAT", cadence: "as-needed", timeZone: "UTC" }));
  const reviewed = ok(await logCommitment(b, { id: commitment.id, outcome: "kept", note: "B-LOG-NOTE" }));
  ok(await logCommitment(b, { id: commitment.id, outcome: "missed", note: "B-UNREVIEWED-NOTE" }));
  ok(await reviewCommitmentLog(a, { id: reviewed.id, verdict: "disputed", note: "A-REVIEW-NOTE" }));
  return { a, b, talkId: talk.id };
}

/** What A's pages and A's export show. */
async function seenByA(a: Awaited<ReturnType<typeof scenario>>["a"], talkId: string) {
  return JSON.stringify([
    await listQuestions(a),
    await listTriggers(a),
    await listReadableEntries(a),
    await getTalk(a, talkId),
    await listCommitments(a),
    await buildExport(a),
  ]);
}

const A_WORDS = ["A-ANSWER-ONE", "A-ANSWER-TWO", "A-TRIGGER-REPLY", "A-RESPONSE-QUESTIONS", "A-TALK-NOTE", "A-FOLLOW-UP", "A-REVIEW-NOTE"];
const B_WORDS = [
  "B-QUESTION-TEXT",
  "B-TRIGGER-WHAT",
  "B-TRIGGER-NOTE",
  "B-STATEMENT",
  "B-TALK-TOPIC",
  "B-FOLLOW-UP",
  "B-COMMITMENT-WHAT",
  "B-LOG-NOTE",
  "B-UNREVIEWED-NOTE",
];

describe("removing what a departing partner shared never removes the other partner's words", () => {
  for (const how of ["delete the account", "leave"] as const) {
    it(`${how}: A's answers, replies, responses, notes and follow-ups stay; B's words go`, { timeout: 120_000 }, async () => {
      const { a, b, talkId } = await scenario();
      if (how === "leave") ok(await leaveCouple(b, { shared: "delete" }));
      else ok(await deleteAccount(b, { shared: "delete" }));
      const seen = await seenByA(a, talkId);
      expect(
        A_WORDS.filter((words) => !seen.includes(words)),
        "A's words that went",
      ).toEqual([]);
      expect(
        B_WORDS.filter((words) => seen.includes(words)),
        "B's words that stayed",
      ).toEqual([]);
      expect(seen).toContain("A question from a former partner");
      expect(seen).toContain("A commitment a former partner made");
    });
  }
});
