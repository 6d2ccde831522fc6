import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { SessionList } from "@/components/auth/session-list";
import { SignOutEverywhere } from "@/components/couples/sign-out-everywhere";
import type { SessionView } from "@/lib/server/auth/sessions";

/** Every device the caller is signed in on, with a way to end the others. */
export function SessionsCard({ sessions }: { sessions: SessionView[] }) {
  return (
    <Card id="sessions" className="scroll-mt-6">
      <h2 className="text-lg font-semibold">Where you're signed in</h2>
      <p className="mt-1 mb-4 text-sm text-muted">
        Each sign-in is listed with its device in rough words. Don't recognise one? Sign it out, then change your password. A session unused
        for a week signs itself out.
      </p>
      <SessionList
        sessions={sessions.map((s) => ({ ...s, createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString() }))}
      />
    </Card>
  );
}

/** The account signed in: its password, and signing out on every device. */
export function AccountCard({ email }: { email: string }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">Your account</h2>
      <p className="mt-1 mb-4 text-sm text-muted">
        Signed in as {email}. If you think someone else has used your account, sign out on every device; you'll sign in again here.
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <ButtonLink variant="secondary" href="/app/settings/password">
          Change password
        </ButtonLink>
        <div>
          <SignOutEverywhere />
        </div>
      </div>
    </Card>
  );
}
