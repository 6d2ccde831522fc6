"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { LocalTime } from "@/components/ui/local-time";
import { issueInviteAction, revokeInviteAction } from "@/app/(app)/app/settings/actions";

type Props = { openInvite: { expiresAt: string } | null };

/** Issue, re-issue and revoke the invite link. The raw link exists only in this browser, once. */
export function InvitePanel({ openInvite }: Props) {
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function issue() {
    startTransition(async () => {
      setError(undefined);
      try {
        const res = await issueInviteAction();
        if (res.ok) setLink({ url: `${window.location.origin}/invite/${res.data.token}`, expiresAt: res.data.expiresAt });
        else setError(res.formError);
      } catch {
        setError("Couldn't create the link just now. Please try again.");
      }
    });
  }

  function revoke() {
    startTransition(async () => {
      await revokeInviteAction();
      setLink(null);
    });
  }

  const expires = link?.expiresAt ?? openInvite?.expiresAt;
  return (
    <div className="space-y-4">
      {link ? (
        <>
          <CopyField label="Invite link for your partner" value={link.url} />
          <p className="text-sm text-muted">
            Send it privately (a message only your partner reads). It works once and expires on <LocalTime iso={link.expiresAt} format="longDate" />. For
            safety we only show it now; create a new one if you lose it.
          </p>
        </>
      ) : expires ? (
        <p className="text-sm text-muted">
          An invite link is open until <LocalTime iso={expires} format="longDate" />. If you no longer have it, create a new one; the old link stops
          working.
        </p>
      ) : (
        <p className="text-sm text-muted">Create a link and send it to your partner. It works once and expires after 7 days.</p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button onClick={issue} disabled={pending}>
          {expires ? "Create a new invite link" : "Create invite link"}
        </Button>
        {expires && (
          <Button variant="secondary" onClick={revoke} disabled={pending}>
            Cancel the invite
          </Button>
        )}
      </div>
    </div>
  );
}
