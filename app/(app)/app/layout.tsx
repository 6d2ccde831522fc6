import { AppHeader } from "@/components/app-shell/app-header";
import { JointPauseBanner } from "@/components/safety/joint-pause-banner";
import { currentPartner, requireUser } from "@/lib/server/access";
import { jointPaused, myPause } from "@/lib/server/safety/read";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const partner = await currentPartner();
  const [paused, own] = partner ? await Promise.all([jointPaused(partner), myPause(partner)]) : [false, null];
  return (
    <div className="min-h-dvh">
      <AppHeader name={user.name} showNav={Boolean(partner)} />
      {paused && <JointPauseBanner own={own} />}
      <main id="main" className="mx-auto max-w-5xl px-4 py-6 sm:py-10">
        {children}
      </main>
    </div>
  );
}
