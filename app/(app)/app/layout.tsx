import { AppHeader } from "@/components/app-shell/app-header";
import { currentPartner, requireUser } from "@/lib/server/access";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const partner = await currentPartner();
  return (
    <div className="min-h-dvh">
      <AppHeader name={user.name} showNav={Boolean(partner)} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6 sm:py-10">
        {children}
      </main>
    </div>
  );
}
