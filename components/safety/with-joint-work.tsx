import type { ComponentType } from "react";
import { JointWork } from "@/components/safety/joint-work";

/**
 * Joint work: `Controls` while joint exercises are open, a calm line in its place while they are
 * paused. For a form or button whose action the server refuses during a pause.
 */
export function withJointWork<P extends object>(Controls: ComponentType<P>) {
  function JointControls(props: P) {
    return (
      <JointWork>
        <Controls {...props} />
      </JointWork>
    );
  }
  return JointControls;
}
