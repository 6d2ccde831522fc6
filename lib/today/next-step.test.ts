import { describe, expect, it } from "vitest";
import { stepsFor, type StepFacts } from "@/lib/today/next-step";

const now = new Date("2026-12-05T18:00:00Z");
const stage = { slug: "acknowledgment", number: 1, title: "Acknowledgment" };
const exercises = [
  { key: "own-it", title: "Own it", for: "involved" as const, kind: "reflection" as const, joint: false },
  { key: "impact", title: "What it did", for: "hurt" as const, kind: "reflection" as const, joint: false },
  { key: "together", title: "Talk it over", for: "both" as const, kind: "reflection" as const, joint: true },
];

/** A partner with nothing waiting but the stage's exercises. */
function facts(over: Partial<StepFacts> = {}): StepFacts {
  return {
    now,
    paused: false,
    safety: { due: false, first: false },
    partnerJoined: true,
    inviteOpen: false,
    checkedInToday: true,
    nextTalk: null,
    talksToAnswer: 0,
    questionsToAnswer: 0,
    triggersToReply: 0,
    agreements: [],
    stage: { stage, exercises, written: new Set() },
    side: "hurt",
    ...over,
  };
}
const kinds = (f: StepFacts) => stepsFor(f).map((s) => s.kind);

describe("the home's one next step", () => {
  it("puts everything that waits in one order: safety, invite, check-in, question, agreement, talk, trigger, exercise", () => {
    expect(
      kinds(
        facts({
          partnerJoined: true,
          checkedInToday: false,
          questionsToAnswer: 2,
          agreements: [{ id: "a1", title: "Phones", why: "proposal" }],
          talksToAnswer: 1,
          triggersToReply: 1,
        }),
      ),
    ).toEqual(["check-in", "question", "agreement", "talk-answer", "trigger-reply", "exercise"]);
    expect(kinds(facts({ partnerJoined: false, checkedInToday: false }))).toEqual(["invite", "check-in", "exercise"]);
  });

  it("offers the exercise of the reader's own side they haven't written yet, never one for the other side", () => {
    const hurt = stepsFor(facts({ side: "hurt" }))[0];
    expect(hurt).toMatchObject({ kind: "exercise", exercise: { key: "impact" } });
    const involved = stepsFor(facts({ side: "involved" }))[0];
    expect(involved).toMatchObject({ kind: "exercise", exercise: { key: "own-it" } });
    const written = stepsFor(facts({ side: "hurt", stage: { stage, exercises, written: new Set(["impact"]) } }))[0];
    expect(written).toMatchObject({ kind: "exercise", exercise: { key: "together" } });
    const all = stepsFor(facts({ side: "hurt", stage: { stage, exercises, written: new Set(["impact", "together"]) } }))[0];
    expect(all).toMatchObject({ kind: "stage", stage: { slug: "acknowledgment" } });
    // "Both" or "rather not say" reads every exercise: the first not written.
    expect(stepsFor(facts({ side: "unsaid" }))[0]).toMatchObject({ exercise: { key: "own-it" } });
  });

  it("suggests nothing done together while joint work is paused, or while the safety check is due", () => {
    const busy = {
      questionsToAnswer: 1,
      agreements: [{ id: "a1", title: "Phones", why: "review" as const }],
      nextTalk: { id: "t1", topic: "Sundays", startsAt: new Date(now.getTime() + 30 * 60_000), status: "accepted" },
      stage: { stage, exercises, written: new Set(["impact"]) },
    };
    expect(kinds(facts({ ...busy, paused: true }))).toEqual(["stage"]);
    expect(kinds(facts({ ...busy, safety: { due: true, first: true } }))).toEqual(["safety-check", "stage"]);
    expect(kinds(facts(busy))).toEqual(["talk-now", "question", "agreement", "exercise"]);
  });

  it("leads with a talk only when it is under way or starts within two hours", () => {
    const at = (minutes: number, status = "accepted") => ({
      id: "t1",
      topic: "Sundays",
      startsAt: new Date(now.getTime() + minutes * 60_000),
      status,
    });
    expect(stepsFor(facts({ nextTalk: at(119) }))[0].kind).toBe("talk-now");
    expect(stepsFor(facts({ nextTalk: at(180) }))[0].kind).toBe("exercise");
    expect(stepsFor(facts({ nextTalk: at(-10, "live") }))[0]).toMatchObject({ kind: "talk-now", live: true });
    expect(stepsFor(facts({ nextTalk: at(30, "proposed") }))[0].kind).toBe("exercise");
  });

  it("is never empty: with every stage done and nothing waiting, a calm rest", () => {
    expect(kinds(facts({ stage: null }))).toEqual(["rest"]);
  });
});
