import { Card } from "@/components/ui/card";
import { UserText } from "@/components/ui/user-text";
import { InvitePanel } from "@/components/couples/invite-panel";

/** Inviting the partner, with the invite already sent if there is one. */
export function InviteStep({ openInvite }: { openInvite: { expiresAt: string } | null }) {
  return (
    <>
      <p className="text-muted">
        Mend is built for two: your partner joins with their own account, on their own device. What each of you keeps private stays private
        from the other.
      </p>
      <Card>
        <InvitePanel openInvite={openInvite} />
      </Card>
      <p className="text-sm text-muted">
        Not the right moment to ask? Skip this step. The invite stays in settings, and the journey reminds you of it.
      </p>
    </>
  );
}

/** The invite step once the partner is in. */
export function PartnerJoined({ partnerName }: { partnerName: string }) {
  return (
    <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2">
      <UserText>{partnerName}</UserText> has joined your workspace.
    </p>
  );
}
