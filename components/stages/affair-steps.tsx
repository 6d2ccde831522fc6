import Link from "next/link";
import { StarterButton } from "@/components/commitments/starter-button";
import { COMMITMENT_STARTERS } from "@/lib/commitments/starters";
import type { Side } from "@/lib/validation/couple";
import { stageCrumb, stageHref } from "@/lib/content/stage-features";

/** "stage 4": where commitments live, named from the stage map, not written by hand. */
const COMMITMENTS_STAGE = stageCrumb("commitments").label.toLowerCase();

/**
 * Stage 1's affair-only steps beside the exercises (issue 20 §2): reporting any contact as a
 * standing commitment, offered to the partner who broke trust, and a transparency agreement to
 * start from. Rendered only when the couple has said an affair happened.
 */
export function AffairSteps({ side, mine, partners }: { side: Side; mine: boolean; partners: boolean }) {
  const offer = side !== "hurt";
  return (
    <section aria-labelledby="affair-steps-heading" className="space-y-4 rounded-2xl border border-line bg-paper/60 p-4 sm:p-6">
      <h2 id="affair-steps-heading" className="font-serif text-2xl font-semibold">
        Ending contact: two standing steps
      </h2>
      <div className="space-y-2" data-testid="report-contact">
        <h3 className="font-semibold">Reporting any contact</h3>
        <p className="max-w-prose text-sm">“{COMMITMENT_STARTERS["report-contact"].what}”</p>
        <p className="max-w-prose text-sm text-muted">
          Made here, it is a real commitment on {COMMITMENTS_STAGE}: the partner who made it logs each time it comes up, the other confirms
          or questions it, and it counts in the kept-rate.
        </p>
        {mine ? (
          <p role="status" className="text-sm">
            You have made this commitment.{" "}
            <Link href={stageHref("commitments")} className="text-brand-700 underline">
              Log it on {COMMITMENTS_STAGE}
            </Link>
          </p>
        ) : offer ? (
          <StarterButton starter="report-contact" label="Make this a standing commitment" />
        ) : partners ? (
          <p className="text-sm">
            Your partner has made this commitment. You can confirm each log on{" "}
            <Link href={stageHref("commitments")} className="text-brand-700 underline">
              {COMMITMENTS_STAGE}
            </Link>
            .
          </p>
        ) : (
          <p className="text-sm text-muted">This one is for your partner to offer. It means most when nobody has to ask for it.</p>
        )}
      </div>
      <div className="space-y-2">
        <h3 className="font-semibold">Transparency, offered</h3>
        <p className="max-w-prose text-sm text-muted">
          A draft transparency agreement to change as you need: devices and accounts open on request, news given before it is asked for, and
          a review date. The partner who broke trust offers it; the other accepts, declines or changes it.
        </p>
        {offer ? (
          <TemplateLink template="transparency" label="Start from a transparency agreement" />
        ) : (
          // The draft speaks as the partner who offers it, so the hurt partner isn't handed it to propose.
          <p className="text-sm">
            Your partner can propose it from a draft in the rules of the game; you accept, decline or change it there.
          </p>
        )}
      </div>
    </section>
  );
}

export function TemplateLink({ template, label }: { template: "transparency" | "hidden-money"; label: string }) {
  return (
    <Link href={`/app/agreements?template=${template}#propose`} className="text-sm font-semibold text-brand-700 underline">
      {label}
    </Link>
  );
}
