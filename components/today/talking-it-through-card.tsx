import Link from "next/link";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { UserText } from "@/components/ui/user-text";
import type { TalkingItThroughSummary } from "@/lib/server/talking-it-through";
import { JointWork } from "@/components/safety/joint-work";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many.replace("#", String(n)));

/** The dashboard's "Talking it through" card: what waits for this partner, and the next talk. */
export function TalkingItThroughCard({ summary }: { summary: TalkingItThroughSummary }) {
  const items = [
    summary.talksToAnswer > 0 && {
      href: "/app/talks",
      text: plural(summary.talksToAnswer, "A talk is waiting for your answer", "# talks are waiting for your answer"),
    },
    summary.questionsToAnswer > 0 && {
      href: "/app/questions",
      text: plural(summary.questionsToAnswer, "A question is waiting for your answer", "# questions are waiting for your answer"),
    },
    summary.triggersToReply > 0 && {
      href: "/app/triggers",
      text: plural(summary.triggersToReply, "Your partner logged a trigger this week", "Your partner logged # triggers this week"),
    },
  ].filter((x): x is { href: string; text: string } => Boolean(x));
  return (
    <Card className="p-4 sm:p-5" data-testid="talking-it-through-card">
      <h2 className="font-semibold">Talking it through</h2>
      {summary.nextTalk && (
        <p className="mt-2 text-sm">
          {summary.nextTalk.status === "live" ? "In progress: " : "Next talk: "}
          <Link href={`/app/talks/${summary.nextTalk.id}`} className="text-brand-700 underline">
            <UserText>{summary.nextTalk.topic}</UserText>
          </Link>
          {summary.nextTalk.status !== "live" && (
            <>
              , <LocalTime iso={summary.nextTalk.startsAt.toISOString()} format="datetime" />
            </>
          )}
        </p>
      )}
      {/* While joint work is paused, what waits for an answer waits quietly too. */}
      <JointWork fallback={<p className="mt-2 text-sm text-muted">Talks, questions and replies wait while joint exercises are paused.</p>}>
        {items.length > 0 ? (
          <ul className="mt-2 space-y-1 text-sm">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-brand-700 underline">
                  {item.text}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          !summary.nextTalk && <p className="mt-2 text-sm text-muted">Nothing is waiting for you.</p>
        )}
      </JointWork>
      <nav aria-label="Talking-it-through tools" className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href="/app/talks" className="text-brand-700 underline">
          Talks
        </Link>
        <Link href="/app/questions" className="text-brand-700 underline">
          Questions
        </Link>
        <Link href="/app/triggers" className="text-brand-700 underline">
          Trigger log
        </Link>
      </nav>
    </Card>
  );
}
