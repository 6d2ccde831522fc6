import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";

/** The line under a talk that is done: when it ended and, if it repeats, where the next one is. */
export function HeldTalkStatus({ endedAt, rhythm }: { endedAt: Date | null; rhythm: string }) {
  return (
    <p className="rounded-lg bg-brand-50 p-3 text-sm" role="status">
      You held this talk
      {endedAt ? (
        <>
          {" "}
          (ended <LocalTime iso={endedAt.toISOString()} format="datetime" />)
        </>
      ) : null}
      . Thank you both.
      {rhythm && (
        <>
          {" "}
          It repeats {rhythm}: the next one is on the{" "}
          <Link href="/app/talks" className="text-brand-700 underline">
            talks page
          </Link>
          .
        </>
      )}
    </p>
  );
}
