import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";

/** What the safety check asks and who sees the answers, with the way to it or, once taken, to the result. */
export function SafetyStep({ takenAt }: { takenAt: Date | null }) {
  return (
    <>
      <p>
        Before your first joint exercise, Mend asks each of you a few questions on your own, about fear, pressure and safety. It takes about
        a minute.
      </p>
      <p className="text-muted">
        Your answers are seen by you only. If an answer suggests that working together could be unsafe right now, Mend shows where to find
        support and, before anything is saved, asks whether to pause joint exercises. Your partner, and a therapist you shared a link with,
        would see that joint exercises are paused, not why; your partner may guess it was you, but never sees your answers. Skipping is fine
        too: joint exercises wait until you&apos;ve taken it.
      </p>
      {takenAt ? (
        <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm" data-testid="setup-safety-done">
          You took it <LocalTime iso={takenAt.toISOString()} format="date" />. Thank you.{" "}
          <Link href="/app/safety" className="text-brand-700 underline">
            See your result
          </Link>
        </p>
      ) : (
        <ButtonLink href="/app/safety">Take the safety check</ButtonLink>
      )}
    </>
  );
}
