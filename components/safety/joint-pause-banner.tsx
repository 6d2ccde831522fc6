import Link from "next/link";
import type { MyPause } from "@/lib/server/safety/read";
import { JOINT_PAUSED } from "@/lib/validation/safety";

/**
 * Shown on every signed-in page while joint work is paused. Both partners read the same neutral
 * sentence; only the person who paused sees a line about their own pause.
 */
export function JointPauseBanner({ own }: { own: MyPause | null }) {
  return (
    <div role="status" data-testid="joint-paused" className="border-b border-amber-300 bg-amber-50">
      <div className="mx-auto max-w-5xl px-4 py-2 text-sm">
        <p>{JOINT_PAUSED}</p>
        {own?.reason === "safety" && (
          <p className="mt-1" data-testid="joint-paused-own">
            You paused them after your safety check: support for you comes first.{" "}
            <Link href="/app/safety" className="font-medium text-brand-700 underline">
              Support and next steps
            </Link>
          </p>
        )}
        {own?.reason === "chosen" && (
          <p className="mt-1" data-testid="joint-paused-own">
            You paused them.{" "}
            <Link href="/app/safety" className="font-medium text-brand-700 underline">
              Lift your pause
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
