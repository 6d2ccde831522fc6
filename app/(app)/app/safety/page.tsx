import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { LocalTime } from "@/components/ui/local-time";
import { SafetyCheckForm } from "@/components/safety/safety-check-form";
import { CrisisLines } from "@/components/safety/support-lines";
import { PauseJointButton, ResumeJointButton } from "@/components/safety/pause-buttons";
import { requirePartner } from "@/lib/server/access";
import { safetyCheckContent } from "@/lib/content/safety";
import { crisisLines } from "@/lib/content/resources";
import { pauseState, safetyCheckStatus } from "@/lib/server/safety/read";
import { JOINT_PAUSED } from "@/lib/validation/safety";
import { BackToSetup } from "@/components/onboarding/back-to-setup";

export const metadata: Metadata = { title: "Safety" };

export default async function SafetyPage({ searchParams }: { searchParams: Promise<{ result?: string }> }) {
  const ctx = await requirePartner();
  const [status, { paused, own }, { result }] = await Promise.all([safetyCheckStatus(ctx), pauseState(ctx), searchParams]);
  const content = safetyCheckContent();
  const needsSupport = own?.reason === "safety";
  const outcome = status.latest?.outcome;
  const questions = content.questions.map((q) => ({
    key: q.key,
    text: q.text,
    hint: q.hint,
    options: q.options.map(({ key, label }) => ({ key, label })),
  }));
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      {/* Decided from the stored answers, on every visit while they stand: crisis lines come before anything else. */}
      {outcome?.crisis && <CrisisLines regions={crisisLines()} />}
      <Breadcrumbs current="Safety" />
      <BackToSetup ctx={ctx} step="safety" />
      <div>
        <h1 className="font-serif text-3xl font-semibold">{content.title}</h1>
        <p className="mt-2 text-muted">{content.intro}</p>
      </div>

      {needsSupport && (
        <Card className="border-amber-300 bg-amber-50" data-testid="safety-support">
          <h2 className="text-lg font-semibold">Support for you comes first</h2>
          <p className="mt-2 text-sm">
            Thank you for answering honestly. You chose to pause joint exercises, for both of you. Your partner, and a therapist you shared
            a link with, see that they are paused. Mend never tells them who paused them or why, and never shows them your answers, but they
            will probably know it was you.
          </p>
          <p className="mt-2 text-sm">
            When someone is afraid, hurt, controlled or thinking of harming themselves, working on the relationship together can make things
            harder. Individual support is the safer first step. Your own exercises stay open, and you can take this check again whenever
            things change.
          </p>
          <p className="mt-3">
            <Link href="/app/safety/resources" className="font-medium text-brand-700 underline">
              Support lines, what coercive control looks like, and keeping your devices safe
            </Link>
          </p>
          <p className="mt-2 text-sm">If you are in danger right now, call your local emergency number.</p>
        </Card>
      )}
      {result && status.latest && !needsSupport && (
        <div className="space-y-4">
          <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm" data-testid="safety-clear">
            Thank you. Your answers are saved, for you only.
          </p>
          {outcome?.guidance.map((g) => (
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
      )}

      <Card>
        <h2 className="text-lg font-semibold">{status.latest ? "Take the check again" : "Your safety check"}</h2>
        <p className="mt-1 text-sm text-muted" data-testid="safety-status">
          {status.latest ? (
            <>
              You last took it <LocalTime iso={status.latest.takenAt.toISOString()} format="date" />.{" "}
              {status.due ? "It's time to take it again." : "Mend asks again every four weeks."}
            </>
          ) : (
            "Please take it before your first joint exercise. It takes about a minute."
          )}
        </p>
        <div className="prose-mend mt-3 max-w-prose text-sm" dangerouslySetInnerHTML={{ __html: content.html }} />
        <div className="mt-4">
          <SafetyCheckForm questions={questions} crisisLines={crisisLines()} />
        </div>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Joint exercises</h2>
        <p className="mt-1 text-sm" data-testid="joint-state">
          {paused ? JOINT_PAUSED : "Joint exercises are open."}
        </p>
        {own?.reason === "safety" && (
          <p className="mt-3 text-sm text-muted" data-testid="my-pause">
            You paused them after your safety check, <LocalTime iso={own.since.toISOString()} format="date" />. Your pause lifts when you
            take the check again and none of your answers calls for a pause. Elsewhere in Mend, both of you see only the line above.
          </p>
        )}
        {own?.reason === "chosen" ? (
          <div className="mt-3">
            <p className="mb-2 text-sm text-muted" data-testid="my-pause">
              You paused them. Joint work opens again once no pause is left.
            </p>
            <ResumeJointButton />
          </div>
        ) : !own ? (
          <div className="mt-3">
            <p className="mb-2 text-sm text-muted">
              Either of you can pause joint exercises at any time, without giving a reason. Your partner, and a therapist you shared a link
              with, see that they are paused, not why. Your partner will probably know it was you.
            </p>
            <PauseJointButton />
          </div>
        ) : null}
      </Card>

      <p className="text-sm">
        <Link href="/app/safety/resources" className="text-brand-700 underline">
          Support resources
        </Link>{" "}
        ·{" "}
        <Link href="/app/not-sure" className="text-brand-700 underline">
          Not sure you want to repair this?
        </Link>
      </p>
    </div>
  );
}
