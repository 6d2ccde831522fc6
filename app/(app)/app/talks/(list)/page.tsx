import type { Metadata } from "next";
import { Card, EmptyState } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { ScheduleTalkForm } from "@/components/talks/talk-forms";
import { TalkCard } from "@/components/talks/talk-card";
import { FeaturePageHeader } from "@/components/stages/feature-page-header";
import { UserText } from "@/components/ui/user-text";
import { TextLink } from "@/components/ui/text-link";
import { requirePartner } from "@/lib/server/access";
import { listTalks } from "@/lib/server/talks/read";
import { getCouple } from "@/lib/server/couples/couple";
import { guideHtml } from "@/lib/content/guides";
import { talkingItThroughContent } from "@/lib/content/talking-it-through";
import { TALK_STATUS_LABELS } from "@/lib/talks/labels";

export const metadata: Metadata = { title: "Talks" };

export default async function TalksPage({
  searchParams,
}: {
  searchParams: Promise<{ template?: string | string[]; every?: string | string[] }>;
}) {
  const ctx = await requirePartner();
  const [{ upcoming, past }, couple, params] = await Promise.all([listTalks(ctx), getCouple(ctx), searchParams]);
  // A link can open the form on a "state of us" (?template=state-of-us&every=14, from the
  // maintenance page); anything else is ignored.
  const initialTemplate = params.template === "state-of-us" ? "state-of-us" : "";
  const initialRepeat = params.every === "14" ? 14 : 7;
  const partnerName = couple.partner?.name ?? null;
  return (
    <div className="space-y-8">
      <FeaturePageHeader feature="talks" title="Structured talks" crumb="Talks">
        <p className="max-w-prose text-muted">
          Plan a time to talk, then take turns: one speaks, the other listens and says back what they heard. A pause is always allowed.
        </p>
      </FeaturePageHeader>

      <section aria-labelledby="upcoming-heading" className="space-y-3">
        <h2 id="upcoming-heading" className="font-serif text-2xl font-semibold">
          Upcoming
        </h2>
        {upcoming.length === 0 ? (
          <EmptyState title="No talks planned">
            Propose one below; {partnerName ?? "your partner"} can accept it or suggest another time.
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {upcoming.map((t) => (
              <TalkCard key={t.id} talk={t} viewerId={ctx.userId} partnerName={partnerName} />
            ))}
          </ul>
        )}
      </section>

      <Card className="scroll-mt-6 space-y-3" id="propose">
        <h2 className="font-serif text-xl font-semibold">Propose a talk</h2>
        <ScheduleTalkForm
          key={`${initialTemplate}-${initialRepeat}`}
          topics={talkingItThroughContent().topics}
          mayNameAHurt={ctx.side !== "involved"}
          initialTemplate={initialTemplate}
          initialRepeat={initialRepeat}
        />
      </Card>

      <section aria-labelledby="past-heading" className="space-y-3">
        <h2 id="past-heading" className="font-serif text-2xl font-semibold">
          Past talks
        </h2>
        {past.length === 0 ? (
          <EmptyState title="No past talks yet" />
        ) : (
          <ul className="divide-y divide-line rounded-xl border border-line bg-white">
            {past.map((t) => (
              <li key={t.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3" data-testid="past-talk">
                <TextLink href={`/app/talks/${t.id}`} className="font-medium break-words">
                  <UserText>{t.topic}</UserText>
                </TextLink>
                <span className="text-sm text-muted">
                  <LocalTime iso={t.startsAt.toISOString()} format="date" /> · {TALK_STATUS_LABELS[t.status]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <details className="rounded-2xl border border-line bg-white p-5 sm:p-6">
        <summary className="cursor-pointer font-serif text-xl font-semibold">How a structured talk works</summary>
        <div className="prose-mend mt-2 max-w-prose" dangerouslySetInnerHTML={{ __html: guideHtml("talks") }} />
      </details>
    </div>
  );
}
