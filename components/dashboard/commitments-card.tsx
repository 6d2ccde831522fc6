import Link from "next/link";
import { Card } from "@/components/ui/card";
import { UserText } from "@/components/ui/user-text";
import { KeptRateChart } from "@/components/commitments/kept-rate-chart";
import { stageCrumb, stageHref } from "@/lib/content/stage-features";
import type { CommitmentView } from "@/lib/server/commitments/read";

/** Each commitment with whose it is and its kept-rate over the last weeks. */
export function CommitmentsCard({ commitments, userId }: { commitments: CommitmentView[]; userId: string }) {
  return (
    <Card className="p-4 sm:p-5" data-testid="commitments-card">
      <h2 className="font-semibold">Commitments</h2>
      <ul className="mt-2 space-y-3">
        {commitments.map((c) => (
          <li key={c.id} className="text-sm">
            <p className="break-words">
              <span className="text-muted">{c.ownerId === userId ? "You" : <UserText>{c.ownerName}</UserText>}:</span>{" "}
              <UserText>{c.what}</UserText>
            </p>
            <KeptRateChart rate={c.rate4} label={c.what} />
          </li>
        ))}
      </ul>
      <Link href={stageHref("commitments", "commitments")} className="mt-2 inline-block text-sm text-brand-700 underline">
        Log or confirm on {stageCrumb("commitments").label.toLowerCase()}
      </Link>
    </Card>
  );
}
