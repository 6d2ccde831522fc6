import Link from "next/link";
import { HeaderNav } from "@/components/app-shell/main-nav";
import { SignOutButton } from "@/components/app-shell/sign-out-button";
import { UserText } from "@/components/ui/user-text";

export function AppHeader({ name, showNav }: { name: string; showNav: boolean }) {
  return (
    <header className="border-b border-line bg-white/80 backdrop-blur">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl items-center gap-x-2 px-4 py-2 sm:gap-x-6 sm:py-3">
        <Link href="/app" className="font-serif text-xl font-semibold text-brand-800">
          Mend
        </Link>
        {showNav && <HeaderNav />}
        <div className="ml-auto flex items-center gap-2 text-sm">
          <UserText className="hidden text-muted sm:inline">{name}</UserText>
          <SignOutButton className="whitespace-nowrap" />
        </div>
      </div>
    </header>
  );
}
