import { Card } from "@/components/ui/card";
import { ProfileForm } from "@/components/couples/profile-form";
import { BreachForm } from "@/components/couples/breach-form";
import { BREACH_LABELS, type Breach } from "@/lib/content/readers";
import type { Side } from "@/lib/validation/couple";

/** The caller's own name and side. */
export function AboutYouCard({ name, side }: { name: string; side: Side }) {
  return (
    <Card>
      <h2 className="mb-4 text-lg font-semibold">About you</h2>
      <ProfileForm name={name} side={side} />
    </Card>
  );
}

/** The workspace's one choice of what happened, shared by both partners. */
export function BreachCard({ breach }: { breach: Breach | null }) {
  return (
    <Card id="breach" className="scroll-mt-6">
      <h2 className="text-lg font-semibold">What happened</h2>
      <p className="mt-1 text-sm text-muted">
        One choice for the workspace. It only decides which steps the stages show: a few, such as ending contact after an affair, fit one
        kind of breach. Both of you see it, and either of you can change it.
      </p>
      <p className="mt-2 mb-4 text-sm" data-testid="breach-now">
        {breach ? <>Chosen now: {BREACH_LABELS[breach]}.</> : "Not chosen yet."}
      </p>
      <BreachForm breach={breach} />
    </Card>
  );
}
