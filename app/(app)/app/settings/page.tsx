import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { InvitePanel } from "@/components/couples/invite-panel";
import { ProfileForm } from "@/components/couples/profile-form";
import { BreachForm } from "@/components/couples/breach-form";
import { BREACH_LABELS } from "@/lib/content/readers";
import { SignOutEverywhere } from "@/components/couples/sign-out-everywhere";
import { requirePartner } from "@/lib/server/access";
import { getCouple } from "@/lib/server/couples/couple";
import { openInvite } from "@/lib/server/couples/invites";
import { SessionList } from "@/components/auth/session-list";
import { listSessions } from "@/lib/server/auth/sessions";
import { CheckInPrefsForm } from "@/components/check-ins/prefs-form";
import { UserText } from "@/components/ui/user-text";
import { myCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { MailPrefsForm } from "@/components/couples/mail-prefs-form";
import { myMailPrefs } from "@/lib/server/couples/mail-prefs";
import { mailEnabled } from "@/lib/server/email/send";
import { timeZones } from "@/lib/check-ins/dates";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const ctx = await requirePartner();
  const [couple, invite, prefs, mailPrefs, sessions, { welcome }] = await Promise.all([
    getCouple(ctx),
    openInvite(ctx),
    myCheckInPrefs(ctx),
    myMailPrefs(ctx),
    listSessions(ctx),
    searchParams,
  ]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold">Settings</h1>
        <p className="mt-1 text-muted">
          <UserText>{couple.name}</UserText>
        </p>
      </div>

      {!couple.partner && (
        <Card id="invite" className="scroll-mt-6">
          <h2 className="text-lg font-semibold">{welcome ? "Your workspace is ready. Now invite your partner" : "Invite your partner"}</h2>
          <p className="mt-1 mb-4 text-sm text-muted">
            Mend is built for two: your partner joins with their own account, on their own device.
          </p>
          <InvitePanel openInvite={invite ? { expiresAt: invite.expiresAt.toISOString() } : null} />
        </Card>
      )}

      <Card>
        <h2 className="mb-4 text-lg font-semibold">About you</h2>
        <ProfileForm name={couple.me.name} side={couple.me.side} />
      </Card>

      <Card id="breach" className="scroll-mt-6">
        <h2 className="text-lg font-semibold">What happened</h2>
        <p className="mt-1 text-sm text-muted">
          One choice for the workspace. It only decides which steps the stages show: a few, such as ending contact after an affair, fit one
          kind of breach. Both of you see it, and either of you can change it.
        </p>
        <p className="mt-2 mb-4 text-sm" data-testid="breach-now">
          {couple.breach ? <>Chosen now: {BREACH_LABELS[couple.breach]}.</> : "Not chosen yet."}
        </p>
        <BreachForm breach={couple.breach} />
      </Card>

      <Card id="check-ins" className="scroll-mt-6">
        <h2 className="text-lg font-semibold">Check-ins and reminders</h2>
        <p className="mt-1 mb-4 text-sm text-muted">Your own settings; your partner has theirs.</p>
        <CheckInPrefsForm
          timeZone={prefs.timeZone}
          zoneStored={prefs.stored}
          scoresPrivate={prefs.scoresPrivate}
          reminderEmail={prefs.reminderEmail}
          reminderHour={prefs.reminderHour}
          zones={timeZones()}
          mailEnabled={mailEnabled()}
        />
        {!mailEnabled() && (
          <p className="mt-4 text-sm">
            <a href="/app/outbox" className="text-brand-700 underline">
              Open your dev outbox
            </a>
          </p>
        )}
      </Card>

      <Card id="email" className="scroll-mt-6">
        <h2 className="text-lg font-semibold">Email about your work together</h2>
        <p className="mt-1 mb-4 text-sm text-muted">
          Off until you switch them on: an inbox can be shared, and any email from Mend says you use it. Your own settings; your partner has
          theirs. These emails name no one and nothing you wrote, and each has a link to stop it.
        </p>
        <MailPrefsForm reviewEmail={mailPrefs.reviewEmail} talkEmail={mailPrefs.talkEmail} />
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Therapist sharing</h2>
        <p className="mt-1 mb-4 text-sm text-muted">
          Give a therapist a read-only link that shows only the sections you choose. Both of you see every link and every visit, and either
          of you can revoke a link at once.
        </p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink variant="secondary" href="/app/settings/sharing">
            Manage therapist links
          </ButtonLink>
          <ButtonLink variant="secondary" href="/app/settings/intake">
            Your intake summary
          </ButtonLink>
        </div>
      </Card>

      <Card id="sessions" className="scroll-mt-6">
        <h2 className="text-lg font-semibold">Where you're signed in</h2>
        <p className="mt-1 mb-4 text-sm text-muted">
          Each sign-in is listed with its device in rough words. Don't recognise one? Sign it out, then change your password. A session
          unused for a week signs itself out.
        </p>
        <SessionList
          sessions={sessions.map((s) => ({ ...s, createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString() }))}
        />
      </Card>

      <Card id="deciding" className="scroll-mt-6">
        <h2 className="text-lg font-semibold">Staying or parting</h2>
        <p className="mt-1 mb-4 text-sm text-muted">
          At any time, read about making an informed decision: staying together and keeping building, or parting well. Nothing there is
          recorded, except notes you choose to write for yourself.
        </p>
        <ButtonLink variant="secondary" href="/app/decision">
          Deciding what comes next
        </ButtonLink>
      </Card>

      <Card id="your-data" className="scroll-mt-6">
        <h2 className="text-lg font-semibold">Your data</h2>
        <p className="mt-1 mb-4 text-sm text-muted">
          Download or print everything you can see, leave the shared workspace, or delete your account.
        </p>
        <ButtonLink variant="secondary" href="/app/settings/data">
          Export, leave or delete
        </ButtonLink>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Your account</h2>
        <p className="mt-1 mb-4 text-sm text-muted">
          Signed in as {ctx.email}. If you think someone else has used your account, sign out on every device; you'll sign in again here.
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
    </div>
  );
}
