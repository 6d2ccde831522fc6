import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ConvertFollowUp, FollowUpForm } from "@/components/talks/talk-forms";
import { UserText } from "@/components/ui/user-text";
import type { FollowUpView } from "@/lib/server/talks/read";
import { stageHref } from "@/lib/content/stage-features";

/** What a started talk's partners agreed to do, each one leading to the commitment or agreement it became. */
export function TalkFollowUps({ talkId, followUps }: { talkId: string; followUps: FollowUpView[] }) {
  return (
    <Card className="space-y-3">
      <h2 className="font-serif text-xl font-semibold">Follow-ups</h2>
      {followUps.length === 0 ? (
        <p className="text-sm text-muted">Nothing agreed yet. Anything you both agreed to do goes here.</p>
      ) : (
        <ul className="space-y-3">
          {followUps.map((f) => (
            <li key={f.id} className="space-y-2 rounded-lg border border-line p-3" data-testid="follow-up">
              <p className="break-words">
                <UserText>{f.text}</UserText>
              </p>
              <p className="text-xs text-muted">
                Added by <UserText>{f.authorName}</UserText>
              </p>
              {f.became === "commitment" ? (
                <p className="text-sm">
                  Now a{" "}
                  <Link href={stageHref("commitments")} className="text-brand-700 underline">
                    commitment
                  </Link>
                  .
                </p>
              ) : f.became === "agreement" ? (
                <p className="text-sm">
                  Proposed as an{" "}
                  <Link href={f.becameId ? `/app/agreements/${f.becameId}` : "/app/agreements"} className="text-brand-700 underline">
                    agreement
                  </Link>
                  .
                </p>
              ) : (
                <ConvertFollowUp id={f.id} />
              )}
            </li>
          ))}
        </ul>
      )}
      <FollowUpForm id={talkId} />
    </Card>
  );
}
