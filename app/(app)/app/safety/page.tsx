import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { CrisisLines } from "@/components/safety/support-lines";
import { SafetyCheckSaved, SupportComesFirst } from "@/components/safety/safety-check-outcome";
import { SafetyCheckCard } from "@/components/safety/safety-check-card";
import { JointExercisesCard } from "@/components/safety/joint-exercises-card";
import { requirePartner } from "@/lib/server/access";
import { safetyCheckContent } from "@/lib/content/safety";
import { crisisLines } from "@/lib/content/resources";
import { pauseState, safetyCheckStatus } from "@/lib/server/safety/read";
import { BackToSetup } from "@/components/onboarding/back-to-setup";

export const metadata: Metadata = { title: "Safety" };

export default async function SafetyPage({ searchParams }: { searchParams: Promise<{ result?: string }> }) {
  const ctx = await requirePartner();
  const [status, { paused, own }, { result }] = await Promise.all([safetyCheckStatus(ctx), pauseState(ctx), searchParams]);
  const content = safetyCheckContent();
  const needsSupport = own?.reason === "safety";
  const outcome = status.latest?.outcome;
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

      {needsSupport && <SupportComesFirst />}
      {result && status.latest && !needsSupport && <SafetyCheckSaved guidance={status.latest.outcome.guidance} />}

      <SafetyCheckCard status={status} content={content} />
      <JointExercisesCard paused={paused} own={own} />

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
