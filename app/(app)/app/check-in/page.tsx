import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { CheckInForm } from "@/components/check-ins/check-in-form";
import { checkInDefaults } from "@/lib/check-ins/form-defaults";
import { requirePartner } from "@/lib/server/access";
import { myToday } from "@/lib/server/check-ins/read";
import { guideHtml } from "@/lib/content/guides";
import { formatLocalDate } from "@/lib/check-ins/dates";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Daily check-in" };

export default async function CheckInPage({ searchParams }: { searchParams: Promise<{ day?: string | string[] }> }) {
  const ctx = await requirePartner();
  const which = (await searchParams).day === "yesterday" ? "yesterday" : "today";
  const day = await myToday(ctx, new Date(), which);
  const c = day.checkIn;
  return (
    <div className="space-y-8">
      <Breadcrumbs current="Check-in" />
      <header>
        <h1 className="font-serif text-3xl font-semibold">{which === "yesterday" ? "How was yesterday?" : "How are you today?"}</h1>
        <p className="mt-1 text-muted">
          {formatLocalDate(day.date, { weekday: true })} in {day.timeZone.replaceAll("_", " ")}.{" "}
          {which === "yesterday"
            ? c
              ? "This is the check-in you saved for yesterday; you can still change it."
              : "Forgot yesterday? You can still check in for it."
            : c
              ? "You've checked in today; change anything until the day is over."
              : "One check-in a day, whenever suits you."}{" "}
          <TextLink href="/app/settings#check-ins">Time zone and reminders</TextLink>
        </p>
      </header>
      <Card>
        <CheckInForm key={day.date} date={day.date} which={which} defaults={checkInDefaults(c)} />
      </Card>
      <p className="text-sm">
        <TextLink href="/app/timeline">See the trust timeline</TextLink>
      </p>
      <section aria-labelledby="guide-heading">
        <h2 id="guide-heading" className="font-serif text-2xl font-semibold">
          About check-ins
        </h2>
        <div className="prose-mend max-w-prose" dangerouslySetInnerHTML={{ __html: guideHtml("check-ins") }} />
      </section>
    </div>
  );
}
