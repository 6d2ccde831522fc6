"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { InlineError } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { useActionButton } from "@/components/ui/use-action";
import { issueInviteAction, revokeInviteAction } from "@/app/(app)/app/settings/actions";

type Props = { openInvite: { expiresAt: string } | null };

/** Issue, re-issue and revoke the invite link. The raw link exists only in this browser, once. */
export function InvitePanel({ openInvite }: Props) {
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const issue = useActionButton(issueInviteAction, {
    onSuccess: (invite) => setLink({ url: `${window.location.origin}/invite/${invite.token}`, expiresAt: invite.expiresAt }),
  });
  const revoke = useActionButton(revokeInviteAction, { onSuccess: () => setLink(null) });
  const pending = issue.pending || revoke.pending;

  const expires = link?.expiresAt ?? openInvite?.expiresAt;
  return (
    <div className="space-y-4">
      {link ? (
        <>
          <CopyField label="Invite link for your partner" value={link.url} />
          <p className="text-sm text-muted">
            Send it privately (a message only your partner reads). It works once and expires on{" "}
            <LocalTime iso={link.expiresAt} format="date" />. For safety we only show it now; create a new one if you lose it.
          </p>
        </>
      ) : expires ? (
        <p className="text-sm text-muted">
          An invite link is open until <LocalTime iso={expires} format="date" />. If you no longer have it, create a new one; the old link
          stops working.
        </p>
      ) : (
        <p className="text-sm text-muted">Create a link and send it to your partner. It works once and expires after 7 days.</p>
      )}
      <InlineError message={issue.error ?? revoke.error} />
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => issue.run()} disabled={pending}>
          {expires ? "Create a new invite link" : "Create invite link"}
        </Button>
        {expires && (
          <Button variant="secondary" onClick={() => revoke.run()} disabled={pending}>
            Cancel the invite
          </Button>
        )}
      </div>
    </div>
  );
}
