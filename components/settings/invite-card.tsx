import { Card } from "@/components/ui/card";
import { InvitePanel } from "@/components/couples/invite-panel";

/** Inviting the partner, while the workspace has only one; `welcome` right after it was created. */
export function InviteCard({ invite, welcome }: { invite: { expiresAt: Date } | null; welcome: boolean }) {
  return (
    <Card id="invite" className="scroll-mt-6">
      <h2 className="text-lg font-semibold">{welcome ? "Your workspace is ready. Now invite your partner" : "Invite your partner"}</h2>
      <p className="mt-1 mb-4 text-sm text-muted">Mend is built for two: your partner joins with their own account, on their own device.</p>
      <InvitePanel openInvite={invite ? { expiresAt: invite.expiresAt.toISOString() } : null} />
    </Card>
  );
}
