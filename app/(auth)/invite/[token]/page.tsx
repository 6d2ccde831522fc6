import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { AcceptInviteButton } from "@/components/couples/accept-invite-button";
import { UserText } from "@/components/ui/user-text";
import { currentPartner, currentUser } from "@/lib/server/access";
import { lookupInvite } from "@/lib/server/couples/invites";

export const metadata: Metadata = { title: "You're invited", referrer: "no-referrer", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  // Anonymous visitors may open an invite (DESIGN.md roles); the user, if any, decides what we offer.
  const [{ token }, user] = await Promise.all([params, currentUser()]);
  const invite = await lookupInvite(token);
  const partner = user ? await currentPartner() : null;
  const here = `/invite/${token}`;

  let body: React.ReactNode;
  if (invite.status === "invalid") {
    body = (
      <>
        <h1 className="font-serif text-2xl font-semibold">This invite link doesn't work</h1>
        <p className="mt-2 text-muted">
          It may have expired, been replaced by a newer link, or already been used. Ask your partner to create a new one in Settings.
        </p>
      </>
    );
  } else if (invite.status === "full") {
    body = (
      <>
        <h1 className="font-serif text-2xl font-semibold">This workspace is already complete</h1>
        <p className="mt-2 text-muted">
          This workspace already has its two partners. Mend workspaces are for one couple, so no one else can join it.
        </p>
      </>
    );
  } else if (!user) {
    body = (
      <>
        <h1 className="font-serif text-2xl font-semibold">
          <UserText>{invite.invitedBy}</UserText> invited you to Mend
        </h1>
        <p className="mt-2 text-muted">
          Join the shared workspace “<UserText>{invite.coupleName}</UserText>”. You'll have your own account and your own private space
          alongside what you share.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href={`/signup?callbackUrl=${encodeURIComponent(here)}`}>Create an account</ButtonLink>
          <ButtonLink variant="secondary" href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>
            I already have an account
          </ButtonLink>
        </div>
      </>
    );
  } else if (partner) {
    body = (
      <>
        <h1 className="font-serif text-2xl font-semibold">You're already in a workspace</h1>
        <p className="mt-2 text-muted">A person can belong to one couple workspace at a time, and you're already in one.</p>
        <ButtonLink className="mt-6" href="/app">
          Go to your dashboard
        </ButtonLink>
      </>
    );
  } else {
    body = (
      <>
        <h1 className="font-serif text-2xl font-semibold">
          <UserText>{invite.invitedBy}</UserText> invited you to Mend
        </h1>
        <p className="mt-2 mb-6 text-muted">
          You're signed in as <UserText>{user.name}</UserText>. Join “<UserText>{invite.coupleName}</UserText>” to walk the journey
          together.
        </p>
        <AcceptInviteButton token={token} coupleName={invite.coupleName} />
      </>
    );
  }

  // The (auth) layout gives it the same frame as sign-in and sign-up.
  return <Card>{body}</Card>;
}
