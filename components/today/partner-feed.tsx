import Link from "next/link";
import { formatDistanceToNow } from "date-fns";
import { EmptyState } from "@/components/ui/card";
import { UserText } from "@/components/ui/user-text";
import { getStage } from "@/lib/content/stages";
import { kindOf } from "@/lib/entries/kinds";
import { LocalTime } from "@/components/ui/local-time";
import type { FeedItem } from "@/lib/server/partner-feed";
import { feedWords } from "@/lib/audit/events";
import { VERDICT_LABELS } from "@/lib/validation/entry";

const hrefOf = (item: FeedItem) =>
  item.type === "breach"
    ? "/app/settings#breach"
    : item.type === "agreement"
      ? `/app/agreements/${item.agreementId}`
      : item.type === "talking-it-through"
        ? item.href
        : `/app/stages/${item.stageSlug}`;

function describe(item: FeedItem): React.ReactNode {
  if (item.type === "breach") return feedWords("couple.breach-set");
  if (item.type === "agreement")
    return (
      <>
        {feedWords(`agreement.${item.action}`)} “<UserText>{item.title}</UserText>”
      </>
    );
  if (item.type === "commitment")
    return (
      <>
        {feedWords(`commitment.${item.action}`)} “<UserText>{item.what}</UserText>”
      </>
    );
  if (item.type === "talking-it-through") return feedWords(item.action);
  const stage = getStage(item.stageSlug);
  const where = stage ? `stage ${stage.number}, ${stage.title}` : "the journey";
  if (item.type === "stage") return feedWords(item.action === "done" ? "stage.done" : "stage.reopened").replace("{stage}", where);
  if (item.type === "response") return `responded “${VERDICT_LABELS[item.verdict]}” in ${where}`;
  const exercise = stage?.exercises.find((e) => e.key === item.exerciseKey);
  const what = exercise ? `“${exercise.title}”` : kindOf(item.kind).noun;
  return `${item.edited ? "updated" : "shared"} ${what} in ${where}`;
}

function FeedList({ items, partnerName, testId }: { items: FeedItem[]; partnerName: string; testId: string }) {
  return (
    <ul className="space-y-2" data-testid={testId}>
      {items.map((item, i) => (
        <li key={i} className="rounded-xl border border-line bg-white p-3 text-sm">
          <Link href={hrefOf(item)} className="hover:underline">
            {/* The breach line names no one: it is the couple's choice, not a partner's act. */}
            {item.type !== "breach" && (
              <>
                <UserText>{partnerName}</UserText>{" "}
              </>
            )}
            {describe(item)}
          </Link>
          <p className="text-xs text-muted">{formatDistanceToNow(item.at, { addSuffix: true })}</p>
        </li>
      ))}
    </ul>
  );
}

/**
 * What the other partner did since this partner's last visit (lib/server/couples/visits.ts). With
 * nothing new, it says so and keeps the earlier lines of the feed one tap away. Private entries never show.
 */
export function SinceLastVisit({
  items,
  since,
  partnerName,
}: {
  items: FeedItem[];
  /** When the previous visit ended; null on a first visit. */
  since: Date | null;
  partnerName: string | null;
}) {
  const fresh = since ? items.filter((i) => i.at > since) : items;
  const earlier = since ? items.filter((i) => i.at <= since) : [];
  return (
    <section aria-labelledby="since-heading" data-testid="since-last-visit">
      <h2 id="since-heading" className="mb-3 font-serif text-2xl font-semibold">
        {since ? "Since your last visit" : "Lately"}
      </h2>
      {!partnerName ? (
        <EmptyState title="Your partner hasn't joined yet">Once they join with the invite link, what they share appears here.</EmptyState>
      ) : items.length === 0 ? (
        <EmptyState title="Nothing shared yet">
          When your partner shares an entry or marks a stage, it shows up here. Private entries never do.
        </EmptyState>
      ) : (
        <>
          {fresh.length > 0 ? (
            <FeedList items={fresh} partnerName={partnerName} testId="partner-feed" />
          ) : (
            <p className="text-sm text-muted">
              Nothing new from <UserText>{partnerName}</UserText> since your last visit,{" "}
              <LocalTime iso={since!.toISOString()} format="datetime" />.
            </p>
          )}
          {earlier.length > 0 && (
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer text-brand-700">Earlier</summary>
              <div className="mt-2">
                <FeedList items={earlier} partnerName={partnerName} testId="earlier-feed" />
              </div>
            </details>
          )}
        </>
      )}
    </section>
  );
}
