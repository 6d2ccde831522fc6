import { Card } from "@/components/ui/card";
import { EnterMaintenanceButton } from "@/components/maintenance/enter-maintenance";

/** Before maintenance: when it begins by itself, and a way to begin it now. */
export function NotInMaintenanceCard({ lastStageNumber }: { lastStageNumber: number }) {
  return (
    <Card className="space-y-3 p-4 sm:p-5" data-testid="not-in-maintenance">
      <h2 className="font-semibold">Not in maintenance yet</h2>
      <p className="text-sm text-muted">
        Maintenance begins by itself when you have both marked stage {lastStageNumber} done. If you feel you are there already, either of
        you can say so. Nothing is lost: every stage stays open to you, and you can keep writing anywhere.
      </p>
      <EnterMaintenanceButton />
    </Card>
  );
}
