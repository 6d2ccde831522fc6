// The home page's "one next step" for this partner, chosen from what waits for them. Pure: the
// page reads the facts, this decides, components/today/next-step-card.tsx says it in words.

import type { Exercise } from "@/lib/content/schema";
import type { Side } from "@/lib/validation/couple";

export type StepStage = { slug: string; number: number; title: string };

export type Step =
  | { kind: "talk-now"; talkId: string; topic: string; startsAt: Date; live: boolean }
  | { kind: "safety-check"; first: boolean }
  | { kind: "invite"; inviteOpen: boolean }
  | { kind: "check-in" }
  | { kind: "question"; count: number }
  | { kind: "agreement"; agreementId: string; title: string; why: "proposal" | "retire" | "review" }
  | { kind: "talk-answer"; count: number }
  | { kind: "trigger-reply"; count: number }
  | { kind: "exercise"; stage: StepStage; exercise: Pick<Exercise, "key" | "title"> }
  | { kind: "stage"; stage: StepStage }
  | { kind: "rest" };

export type StepFacts = {
  now: Date;
  /** Joint exercises are paused: nothing done together is suggested (nor while the safety check is due). */
  paused: boolean;
  safety: { due: boolean; first: boolean };
  partnerJoined: boolean;
  inviteOpen: boolean;
  checkedInToday: boolean;
  nextTalk: { id: string; topic: string; startsAt: Date; status: string } | null;
  talksToAnswer: number;
  questionsToAnswer: number;
  triggersToReply: number;
  /** Agreements waiting for this partner, the oldest wait first. */
  agreements: { id: string; title: string; why: "proposal" | "retire" | "review" }[];
  /** The suggested stage for this partner, the exercises they see there, and those already written. */
  stage: { stage: StepStage; exercises: Pick<Exercise, "key" | "title" | "for" | "kind" | "joint">[]; written: Set<string> } | null;
  side: Side;
};

/** A talk this close to its start (or under way) comes before everything else. */
export const TALK_SOON_MS = 2 * 3_600_000;

/** An exercise this reader would write: theirs, both partners', or any when their side is open. */
function isForReader(audience: "both" | "hurt" | "involved", side: Side) {
  return audience === "both" || side === "both" || side === "unsaid" || audience === side;
}

/**
 * Everything that waits for this partner, most pressing first. The first is the home's next step;
 * the rest are listed under it. Never empty: with nothing waiting, a calm "rest" step.
 */
export function stepsFor(f: StepFacts): [Step, ...Step[]] {
  const steps: Step[] = [];
  // Joint work waits while paused, and while this partner's safety check is due (the server refuses it).
  const joint = !f.paused && !f.safety.due;
  const talk = f.nextTalk;
  if (
    joint &&
    talk &&
    (talk.status === "live" || (talk.status === "accepted" && talk.startsAt.getTime() - f.now.getTime() <= TALK_SOON_MS))
  ) {
    steps.push({ kind: "talk-now", talkId: talk.id, topic: talk.topic, startsAt: talk.startsAt, live: talk.status === "live" });
  }
  if (f.safety.due) steps.push({ kind: "safety-check", first: f.safety.first });
  if (!f.partnerJoined) steps.push({ kind: "invite", inviteOpen: f.inviteOpen });
  if (!f.checkedInToday) steps.push({ kind: "check-in" });
  if (joint && f.partnerJoined) {
    if (f.questionsToAnswer > 0) steps.push({ kind: "question", count: f.questionsToAnswer });
    for (const a of f.agreements) steps.push({ kind: "agreement", agreementId: a.id, title: a.title, why: a.why });
    if (f.talksToAnswer > 0) steps.push({ kind: "talk-answer", count: f.talksToAnswer });
    if (f.triggersToReply > 0) steps.push({ kind: "trigger-reply", count: f.triggersToReply });
  }
  if (f.stage) {
    const open = f.stage.exercises.find(
      (e) =>
        isForReader(e.for, f.side) &&
        !f.stage!.written.has(e.key) &&
        // A reply needs a letter to answer; it is offered under the letter, not as a next step.
        e.kind !== "letter-reply" &&
        (joint || !e.joint),
    );
    steps.push(
      open
        ? { kind: "exercise", stage: f.stage.stage, exercise: { key: open.key, title: open.title } }
        : { kind: "stage", stage: f.stage.stage },
    );
  }
  const [first = { kind: "rest" }, ...rest] = steps;
  return [first, ...rest];
}
