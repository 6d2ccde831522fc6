import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { RangeLinks, TimelineView } from "@/components/check-ins/timeline-view";
import { requirePartner } from "@/lib/server/access";
import { defaultTimelineWeeks, getTimeline, myToday } from "@/lib/server/check-ins/read";
import { weeksParam } from "@/lib/validation/check-in";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Trust timeline" };

export default async function TimelinePage({ searchParams }: { searchParams: Promise<{ weeks?: string }> }) {
  const ctx = await requirePartner();
  const weeks = weeksParam((await searchParams).weeks) ?? (await defaultTimelineWeeks(ctx));
  const [timeline, day] = await Promise.all([getTimeline(ctx, weeks), myToday(ctx)]);
  return (
    <div className="space-y-6">
      <Breadcrumbs current="Trust timeline" />
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Trust timeline</h1>
        <p className="max-w-prose text-muted">
          Both of your check-ins over time, {weeks === 2 ? "day by day" : "as weekly averages"}. Direction over several weeks says more than
          any single day, and there is no deadline.{" "}
          <Link href="/app/check-in#guide-heading" className="text-brand-700 underline">
            How to read a bad week
          </Link>
        </p>
        {!day.checkIn && (
          <ButtonLink href="/app/check-in" className="mt-1">
            Check in today
          </ButtonLink>
        )}
      </header>
      <RangeLinks weeks={weeks} base="/app/timeline" />
      {timeline && <TimelineView data={timeline} />}
    </div>
  );
}
