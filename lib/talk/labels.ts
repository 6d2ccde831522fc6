export type TalkStatus = "proposed" | "accepted" | "live" | "done" | "cancelled";
export const TALK_STATUSES: readonly TalkStatus[] = ["proposed", "accepted", "live", "done", "cancelled"];

export const TALK_STATUS_LABELS: Record<TalkStatus, string> = {
  proposed: "waiting for an answer",
  accepted: "agreed",
  live: "in progress",
  done: "held",
  cancelled: "called off",
};
