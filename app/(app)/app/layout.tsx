import { AppHeader } from "@/components/app-shell/app-header";
import { BottomNav } from "@/components/app-shell/main-nav";
import { NewSignInNotice } from "@/components/auth/new-sign-in-notice";
import { JointPauseBanner } from "@/components/safety/joint-pause-banner";
import { JointPauseProvider } from "@/components/safety/joint-work";
import { currentPartner, requireUser } from "@/lib/server/access";
import { newSignIns } from "@/lib/server/auth/sessions";
import { jointPaused } from "@/lib/server/safety/read";
import { noteVisit } from "@/lib/server/couples/visits";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [partner, signIns] = await Promise.all([currentPartner(), newSignIns(user)]);
  // Every page of the workspace counts towards "since your last visit" on the home page.
  const [paused] = partner ? await Promise.all([jointPaused(partner), noteVisit(partner)]) : [false];
  return (
    // Room at the bottom for the phone's navigation bar (components/app-shell/main-nav.tsx).
    <div className={partner ? "min-h-dvh pb-20 lg:pb-0 print:pb-0" : "min-h-dvh"}>
      <AppHeader name={user.name} showNav={Boolean(partner)} />
      <NewSignInNotice signIns={signIns.map((s) => ({ ...s, createdAt: s.createdAt.toISOString() }))} />
      {paused && <JointPauseBanner />}
      <main id="main" className="mx-auto max-w-5xl px-4 py-6 sm:py-10">
        <JointPauseProvider paused={paused}>{children}</JointPauseProvider>
      </main>
      {partner && <BottomNav />}
    </div>
  );
}
