/**
 * The joint state of a stage both partners mark. Stage 8 never has one: its mark is the hurt
 * partner's own choice to move on, and no screen says it waits for both (lib/journey/move-on.ts,
 * decision 012).
 */
export type JointState = "open" | "one-done" | "done-together";

/** As the couple reads it, about themselves. */
export const JOINT_LABELS: Record<JointState, string> = {
  open: "Open",
  "one-done": "Waiting for both",
  "done-together": "Done together",
};

/** As a therapist reads it, about the couple. */
export const THERAPIST_JOINT_LABELS: Record<JointState, string> = {
  open: "Not yet marked done",
  "one-done": "One partner done",
  "done-together": "Done together",
};

/** Derives the joint state from the per-partner rows; it is never stored. */
export function jointState(doneCount: number, partners: number): JointState {
  if (partners >= 2 && doneCount >= 2) return "done-together";
  return doneCount > 0 ? "one-done" : "open";
}
