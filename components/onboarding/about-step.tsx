import { Card } from "@/components/ui/card";
import { ProfileForm } from "@/components/couples/profile-form";
import { BreachForm } from "@/components/couples/breach-form";
import type { Breach } from "@/lib/content/readers";
import type { Flow } from "@/lib/onboarding/steps";
import type { Side } from "@/lib/validation/couple";

type Props = {
  flow: Flow;
  /** The partner's own name and side. */
  me: { name: string; side: Side };
  breach: Breach | null;
};

/** The partner's name and side, and what happened: the real forms of settings. */
export function AboutStep({ flow, me, breach }: Props) {
  return (
    <>
      <p className="text-muted">
        {flow === "create"
          ? "If you answered these when you made the workspace, your answers are here. Both are optional, and both stay open to change in settings."
          : "Two short questions. Both are optional, and both stay open to change in settings."}
      </p>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">About you</h2>
        <ProfileForm name={me.name} side={me.side} />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">What happened</h2>
        <p className="mt-1 mb-4 text-sm text-muted">
          One choice for the workspace. It only decides which steps the stages show: a few, such as ending contact after an affair, fit one
          kind of breach. Both of you see it, and either of you can change it.
        </p>
        <BreachForm breach={breach} />
      </Card>
      <p className="text-sm text-muted">Each card saves on its own: press its Save button before you go on.</p>
    </>
  );
}
