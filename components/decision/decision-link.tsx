import Link from "next/link";

/**
 * The way to the decision point from the end of the journey (stage 9 and maintenance): the same
 * words wherever it appears, offered, never suggested.
 */
export function DecisionLink() {
  return (
    <section
      aria-labelledby="decision-link-heading"
      className="rounded-2xl border border-line bg-white p-4 text-sm sm:p-5"
      data-testid="decision-link"
    >
      <h2 id="decision-link-heading" className="font-semibold">
        Staying or parting
      </h2>
      <p className="mt-1 max-w-prose text-muted">
        At the end of the stages, or at any time, each of you may want to think about whether to stay together and keep building, or to part
        well. A page helps you decide with what you know. There is no deadline, and no answer is expected.
      </p>
      <p className="mt-2">
        <Link href="/app/decision" className="text-brand-700 underline">
          Deciding what comes next
        </Link>
      </p>
    </section>
  );
}
