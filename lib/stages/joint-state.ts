export type JointState = "open" | "one-done" | "done-together";

export const JOINT_LABELS: Record<JointState, string> = {
  open: "Open",
  "one-done": "Waiting for both",
  "done-together": "Done together",
};
