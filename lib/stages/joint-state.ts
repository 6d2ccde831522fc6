export type JointState = "open" | "one-done" | "done-together";

export const JOINT_LABELS: Record<JointState, string> = {
  open: "Open",
  "one-done": "Waiting for both",
  "done-together": "Done together",
};

/** Derives the joint state from the per-partner rows; it is never stored. */
export function jointState(doneCount: number, partners: number): JointState {
  if (partners >= 2 && doneCount >= 2) return "done-together";
  return doneCount > 0 ? "one-done" : "open";
}
