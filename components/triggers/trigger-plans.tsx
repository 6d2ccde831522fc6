import { Card } from "@/components/ui/card";
import { TriggerPlanForm } from "@/components/triggers/trigger-forms";
import { UserText } from "@/components/ui/user-text";
import type { TriggerPlanView } from "@/lib/server/triggers/read";

/** Each partner's trigger plan: the viewer's own to write, the other's to read. */
export function TriggerPlans({ plans }: { plans: TriggerPlanView[] }) {
  const myPlan = plans.find((p) => p.isMine);
  const theirPlan = plans.find((p) => !p.isMine);
  return (
    <section aria-labelledby="plans-heading" className="space-y-3">
      <h2 id="plans-heading" className="font-serif text-2xl font-semibold">
        Trigger plans
      </h2>
      <p className="max-w-prose text-sm text-muted">
        Written on a calm day, used on a hard one. Each of you writes your own; both of you can read them.
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="space-y-3">
          <h3 className="font-semibold">My plan</h3>
          <TriggerPlanForm helpsMe={myPlan?.helpsMe ?? ""} iWill={myPlan?.iWill ?? ""} />
        </Card>
        <PartnerPlan plan={theirPlan} />
      </div>
    </section>
  );
}

function PartnerPlan({ plan }: { plan: TriggerPlanView | undefined }) {
  return (
    <Card className="space-y-3" data-testid="partner-plan">
      <h3 className="font-semibold">
        {plan ? (
          <>
            <UserText>{plan.authorName}</UserText>'s plan
          </>
        ) : (
          "Your partner's plan"
        )}
      </h3>
      {plan ? (
        <dl className="space-y-2 text-sm">
          {plan.helpsMe && (
            <div>
              <dt className="font-medium">What helps me</dt>
              <dd className="whitespace-pre-wrap break-words">{plan.helpsMe}</dd>
            </div>
          )}
          {plan.iWill && (
            <div>
              <dt className="font-medium">What I will do</dt>
              <dd className="whitespace-pre-wrap break-words">{plan.iWill}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="text-sm text-muted">Not written yet.</p>
      )}
    </Card>
  );
}
