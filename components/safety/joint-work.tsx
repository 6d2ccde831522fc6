"use client";

import { createContext, useContext, type ReactNode } from "react";

// Whether joint exercises are paused reaches every component through one context, set by the app
// layout from the same read as the banner. A control for joint work (an action with `joint: true`)
// renders through JointWork: while paused, a calm line stands in its place instead of a form the
// server would refuse.

const JointPausedContext = createContext(false);

/** Set once, in the signed-in layout. */
export function JointPauseProvider({ paused, children }: { paused: boolean; children: ReactNode }) {
  return <JointPausedContext.Provider value={paused}>{children}</JointPausedContext.Provider>;
}

export function useJointPaused(): boolean {
  return useContext(JointPausedContext);
}

export const JOINT_PAUSED_NOTE = "This waits while joint exercises are paused.";

/** The line shown in place of joint work while it is paused. */
export function JointPausedNote() {
  return (
    <p data-testid="joint-paused-note" className="text-sm text-muted">
      {JOINT_PAUSED_NOTE}
    </p>
  );
}

/**
 * Joint work: its children while joint exercises are open; `fallback` (the calm line unless given)
 * while they are paused. `when={false}` marks work that is not joint after all (an individual entry).
 */
export function JointWork({
  children,
  fallback = <JointPausedNote />,
  when = true,
}: {
  children: ReactNode;
  fallback?: ReactNode;
  when?: boolean;
}) {
  return useJointPaused() && when ? fallback : children;
}
