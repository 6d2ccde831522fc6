import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card, EmptyState } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { LogTriggerForm, ReplyForm, TriggerPlanForm } from "@/components/triggers/trigger-forms";
import { UserText } from "@/components/ui/user-text";
import { requirePartner } from "@/lib/server/access";
import { listTriggerPlans, listTriggers } from "@/lib/server/triggers/read";
import { guideHtml } from "@/lib/content/guides";
import { talkingItThroughContent } from "@/lib/content/talking-it-through";
import { formatLocalDate } from "@/lib/check-ins/dates";
import { VISIBILITY_LABELS } from "@/lib/entries/labels";
import { INTENSITY_LABELS } from "@/lib/validation/trigger";
import { stageCrumb } from "@/lib/content/stage-features";

export const metadata: Metadata = { title: "Trigger log" };

export default async function TriggersPage() {
  const ctx = await requirePartner();
  const [triggers, plans] = await Promise.all([listTriggers(ctx, { take: 100 }), listTriggerPlans(ctx)]);
  const myPlan = plans.find((p) => p.isMine);
  const theirPlan = plans.find((p) => !p.isMine);
  const replies = talkingItThroughContent().attunedReplies;
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[stageCrumb("triggers")]} current="Trigger log" />
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Trigger log</h1>
        <p className="max-w-prose text-muted">
          When something brings the hurt back, note it here. Your partner sees that it happened and how strong it was, and can answer with
          care. The weekly count shows on the{" "}
          <Link href="/app/timeline" className="text-brand-700 underline">
            trust timeline
          </Link>
          .
        </p>
      </header>

      <Card className="space-y-3">
        <h2 className="font-serif text-xl font-semibold">Log a trigger</h2>
        <LogTriggerForm />
      </Card>

      <section aria-labelledby="log-heading" className="space-y-3">
        <h2 id="log-heading" className="font-serif text-2xl font-semibold">
          Logged
        </h2>
        {triggers.length === 0 ? (
          <EmptyState title="No triggers logged">When one of you logs a trigger, it appears here with any replies.</EmptyState>
        ) : (
          <ul className="space-y-3">
            {triggers.map((t) => (
              <li key={t.id} className="space-y-3 rounded-xl border border-line bg-white p-4" data-testid="trigger">
                <p className="text-xs text-muted">
                  {t.isMine ? "You" : <UserText>{t.authorName}</UserText>} · {formatLocalDate(t.localDate, { weekday: true })} ·{" "}
                  <LocalTime iso={t.createdAt.toISOString()} format="relative" />
                </p>
                <p className="font-semibold break-words">
                  <UserText>{t.what}</UserText>
                </p>
                <p className="text-sm">
                  Intensity <span className="font-semibold">{INTENSITY_LABELS[t.intensity]}</span>
                </p>
                {t.note && (
                  <div className="rounded-lg bg-brand-50 p-3 text-sm">
                    <p className="text-xs text-muted">Note · {VISIBILITY_LABELS[t.note.visibility].label}</p>
                    <p className="mt-1 whitespace-pre-wrap break-words">{t.note.text}</p>
                  </div>
                )}
                {t.replies.length > 0 && (
                  <ul className="space-y-2 border-l-2 border-brand-600/40 pl-3">
                    {t.replies.map((r) => (
                      <li key={r.id} className="text-sm" data-testid="trigger-reply">
                        <p className="text-xs text-muted">
                          {r.authorId === ctx.userId ? "You" : <UserText>{r.authorName}</UserText>} replied ·{" "}
                          <LocalTime iso={r.createdAt.toISOString()} format="relative" />
                        </p>
                        <p className="whitespace-pre-wrap break-words">{r.text}</p>
                      </li>
                    ))}
                  </ul>
                )}
                {!t.isMine && (
                  <details open={t.replies.every((r) => r.authorId !== ctx.userId)} className="border-t border-line pt-3">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">Reply with care</summary>
                    <div className="mt-3">
                      <ReplyForm id={t.id} prompts={replies} />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

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
          <Card className="space-y-3" data-testid="partner-plan">
            <h3 className="font-semibold">
              {theirPlan ? (
                <>
                  <UserText>{theirPlan.authorName}</UserText>'s plan
                </>
              ) : (
                "Your partner's plan"
              )}
            </h3>
            {theirPlan ? (
              <dl className="space-y-2 text-sm">
                {theirPlan.helpsMe && (
                  <div>
                    <dt className="font-medium">What helps me</dt>
                    <dd className="whitespace-pre-wrap break-words">{theirPlan.helpsMe}</dd>
                  </div>
                )}
                {theirPlan.iWill && (
                  <div>
                    <dt className="font-medium">What I will do</dt>
                    <dd className="whitespace-pre-wrap break-words">{theirPlan.iWill}</dd>
                  </div>
                )}
              </dl>
            ) : (
              <p className="text-sm text-muted">Not written yet.</p>
            )}
          </Card>
        </div>
      </section>

      <details className="rounded-2xl border border-line bg-white p-5 sm:p-6">
        <summary className="cursor-pointer font-serif text-xl font-semibold">About triggers, and replying with care</summary>
        <div className="prose-mend mt-2 max-w-prose" dangerouslySetInnerHTML={{ __html: guideHtml("triggers") }} />
      </details>
    </div>
  );
}
