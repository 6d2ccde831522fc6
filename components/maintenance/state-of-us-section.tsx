import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { RepeatingTalk } from "@/lib/server/talks/read";
import { formatMoment } from "@/lib/intl";
import { talkRhythm, type TalkStatus } from "@/lib/talks/labels";

const STATE_OF_US_STATUS: Partial<Record<TalkStatus, string>> = {
  proposed: "It is waiting for an answer.",
  accepted: "You have both agreed to this time.",
  live: "It is in progress now.",
};

/** The couple's next repeating "state of us" talk, or an invitation to plan one. */
export function StateOfUsSection({ stateOfUs }: { stateOfUs: RepeatingTalk | null }) {
  return (
    <section aria-labelledby="state-of-us-heading" className="space-y-3" data-testid="state-of-us">
      <h2 id="state-of-us-heading" className="font-serif text-2xl font-semibold">
        State of us
      </h2>
      {stateOfUs ? (
        <Card className="space-y-2 p-4 sm:p-5">
          <p>
            Your next “state of us” is on{" "}
            <strong className="font-semibold">{formatMoment(stateOfUs.startsAt, stateOfUs.timeZone, { weekday: true, time: true })}</strong>{" "}
            <span className="text-sm text-muted">({stateOfUs.timeZone.replaceAll("_", " ")} time)</span>, and it repeats{" "}
            {talkRhythm(stateOfUs.recurEveryDays)}.
          </p>
          <p className="text-sm text-muted">
            {STATE_OF_US_STATUS[stateOfUs.status] ?? ""} Either of you can move it, call it off or stop it repeating from the talk itself.
          </p>
          <p className="text-sm">
            <Link href={`/app/talks/${stateOfUs.id}`} className="text-brand-700 underline">
              Open the next “state of us”
            </Link>
          </p>
        </Card>
      ) : (
        <Card className="space-y-2 p-4 sm:p-5">
          <p className="max-w-prose text-sm text-muted">
            Every week or every two weeks, a short talk at a time that suits you both: what each of you appreciated, what went well, one
            thing that is bothering you, and what you each need until the next one. Ending one plans the next, and either of you can stop it
            repeating.
          </p>
          <p className="text-sm">
            <Link href="/app/talks?template=state-of-us&every=14#propose" className="text-brand-700 underline">
              Plan a regular “state of us”
            </Link>
          </p>
        </Card>
      )}
    </section>
  );
}
