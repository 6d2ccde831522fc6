"use client";

import { useRouter } from "next/navigation";
import { useActionButton } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import type { StarterKey } from "@/lib/commitments/starters";
import { startCommitmentAction } from "@/app/(app)/app/commitments/actions";

/** One click makes a real commitment from a starter (once per partner: a second click finds the first). */
export function StarterButton({ starter, label }: { starter: StarterKey; label: string }) {
  const router = useRouter();
  const { run, pending, error } = useActionButton(startCommitmentAction, { onSuccess: () => router.refresh() });
  const timeZone = typeof Intl === "undefined" ? "UTC" : Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div>
      <Button disabled={pending} onClick={() => run({ starter, timeZone })}>
        {pending ? "Saving…" : label}
      </Button>
      <InlineError message={error} />
    </div>
  );
}
