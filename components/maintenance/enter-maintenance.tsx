"use client";

import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { useActionButton } from "@/components/ui/use-action";
import { enterMaintenanceAction } from "@/app/(app)/app/maintenance/actions";

/** "We're in maintenance now": either partner can say it, whatever the stages show. */
export function EnterMaintenanceButton() {
  const enter = useActionButton(enterMaintenanceAction);
  return (
    <div>
      <Button variant="secondary" disabled={enter.pending} onClick={() => enter.run()}>
        We're in maintenance now
      </Button>
      <InlineError className="mt-2" message={enter.error} />
    </div>
  );
}
