import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { SafetyGuidance } from "@/lib/content/safety";

/** After answers that paused joint work for safety: individual support, before anything joint. */
export function SupportComesFirst() {
  return (
    <Card className="border-amber-300 bg-amber-50" data-testid="safety-support">
      <h2 className="text-lg font-semibold">Support for you comes first</h2>
      <p className="mt-2 text-sm">
        Thank you for answering honestly. You chose to pause joint exercises, for both of you. Your partner, and a therapist you shared a
        link with, see that they are paused. Mend never tells them who paused them or why, and never shows them your answers, but they will
        probably know it was you.
      </p>
      <p className="mt-2 text-sm">
        When someone is afraid, hurt, controlled or thinking of harming themselves, working on the relationship together can make things
        harder. Individual support is the safer first step. Your own exercises stay open, and you can take this check again whenever things
        change.
      </p>
      <p className="mt-3">
        <Link href="/app/safety/resources" className="font-medium text-brand-700 underline">
          Support lines, what coercive control looks like, and keeping your devices safe
        </Link>
      </p>
      <p className="mt-2 text-sm">If you are in danger right now, call your local emergency number.</p>
    </Card>
  );
}

/** Right after a check that paused nothing: it is saved, and the guidance its answers call for. */
export function SafetyCheckSaved({ guidance }: { guidance: readonly SafetyGuidance[] }) {
  return (
    <div className="space-y-4">
      <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm" data-testid="safety-clear">
        Thank you. Your answers are saved, for you only.
      </p>
      {guidance.map((g) => (
        <Card key={g.key} data-testid="safety-guidance">
          <h2 className="text-lg font-semibold">{g.title}</h2>
          <p className="mt-2 text-sm">{g.text}</p>
          <ul className="mt-3 space-y-1 text-sm">
            {g.links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="font-medium text-brand-700 underline">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
