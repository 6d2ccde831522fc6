import { stepsOf, STEP_TITLES, type Flow } from "@/lib/onboarding/steps";

/** The first step: what Mend is, what it isn't, and the steps ahead. */
export function ExpectStep({ flow }: { flow: Flow }) {
  const steps = stepsOf(flow).filter((s) => s !== "expect");
  return (
    <div className="space-y-4">
      <p>
        {flow === "create"
          ? "Mend is a shared, private space for the two of you, after a breach of trust. It guides you through nine stages of rebuilding it."
          : "You've joined your partner's workspace. Mend guides the two of you through nine stages of rebuilding trust."}{" "}
        There is a suggested order, not a locked one, and no stage has a deadline. Recovery often takes a year or more, and hard days along
        the way are normal.
      </p>
      <p>
        Each of you has your own account. What you write stays private unless you choose to share it with your partner, or with a therapist
        through a read-only link.
      </p>
      <p className="text-muted">
        Mend is not therapy and not a crisis service. A couples therapist who works with breaches of trust can help in ways an app can't.
      </p>
      <div>
        <h2 className="font-semibold">Setting up takes a few minutes</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-muted">
          {steps.map((s) => (
            <li key={s}>{STEP_TITLES[s]}</li>
          ))}
        </ol>
        <p className="mt-2 text-sm text-muted">You can skip any step, or stop and come back later: Mend keeps your place.</p>
      </div>
    </div>
  );
}
