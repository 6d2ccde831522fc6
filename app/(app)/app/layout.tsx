import { AppHeader } from "@/components/app-shell/app-header";
import { NewSignInNotice } from "@/components/auth/new-sign-in-notice";
import { JointPauseBanner } from "@/components/safety/joint-pause-banner";
import { JointPauseProvider } from "@/components/safety/joint-work";
import { currentPartner, requireUser } from "@/lib/server/access";
import { newSignIns } from "@/lib/server/auth/sessions";
import { jointPaused } from "@/lib/server/safety/read";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [partner, signIns] = await Promise.all([currentPartner(), newSignIns(user)]);
  const paused = partner ? await jointPaused(partner) : false;
  return (
    <div className="min-h-dvh">
      <AppHeader name={user.name} showNav={Boolean(partner)} />
      <NewSignInNotice signIns={signIns.map((s) => ({ ...s, createdAt: s.createdAt.toISOString() }))} />
      {paused && <JointPauseBanner />}
      <main id="main" className="mx-auto max-w-5xl px-4 py-6 sm:py-10">
        <JointPauseProvider paused={paused}>{children}</JointPauseProvider>
      </main>
    </div>
  );
}
