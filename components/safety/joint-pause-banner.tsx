import { JOINT_PAUSED } from "@/lib/validation/safety";

/**
 * Shown on every signed-in page while joint work is paused: one neutral line, word for word the
 * same for both partners, so nothing on screen says who paused or why. Anyone glancing at the
 * screen of the partner who paused after their safety check learns no more than the partner
 * does; the detail is on the safety page only (/app/safety).
 */
export function JointPauseBanner() {
  return (
    <div role="status" data-testid="joint-paused" className="border-b border-amber-300 bg-amber-50">
      <p className="mx-auto max-w-5xl px-4 py-2 text-sm">{JOINT_PAUSED}</p>
    </div>
  );
}
