import type { Metadata } from "next";
import { UserText } from "@/components/ui/user-text";
import { InviteCard } from "@/components/settings/invite-card";
import { AboutYouCard, BreachCard } from "@/components/settings/profile-cards";
import { CheckInsCard, MailPrefsCard } from "@/components/settings/reminder-cards";
import { DecidingCard, TherapistSharingCard, YourDataCard } from "@/components/settings/link-cards";
import { AccountCard, SessionsCard } from "@/components/settings/account-cards";
import { requirePartner } from "@/lib/server/access";
import { getCouple } from "@/lib/server/couples/couple";
import { openInvite } from "@/lib/server/couples/invites";
import { listSessions } from "@/lib/server/auth/sessions";
import { myCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { myMailPrefs } from "@/lib/server/couples/mail-prefs";

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
      {!couple.partner && <InviteCard invite={invite} welcome={Boolean(welcome)} />}
      <AboutYouCard name={couple.me.name} side={couple.me.side} />
      <BreachCard breach={couple.breach} />
      <CheckInsCard prefs={prefs} />
      <MailPrefsCard mailPrefs={mailPrefs} />
      <TherapistSharingCard />
      <SessionsCard sessions={sessions} />
      <DecidingCard />
      <YourDataCard />
      <AccountCard email={ctx.email} />
    </div>
  );
}
