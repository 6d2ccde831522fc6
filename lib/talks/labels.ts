export type TalkStatus = "proposed" | "accepted" | "live" | "done" | "cancelled";
export const TALK_STATUSES: readonly TalkStatus[] = ["proposed", "accepted", "live", "done", "cancelled"];

export const TALK_STATUS_LABELS: Record<TalkStatus, string> = {
  proposed: "waiting for an answer",
  accepted: "agreed",
  live: "in progress",
  done: "held",
  cancelled: "called off",
};

/** How often a repeating "state of us" talk comes round ("" when it doesn't repeat). */
export function talkRhythm(everyDays: number): string {
  if (everyDays <= 0) return "";
  if (everyDays === 7) return "every week";
  if (everyDays === 14) return "every two weeks";
  return `every ${everyDays} days`;
}
