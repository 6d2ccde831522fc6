import Link from "next/link";
import { SignOutButton } from "@/components/app-shell/sign-out-button";
import { UserText } from "@/components/ui/user-text";

export function AppHeader({ name, showNav }: { name: string; showNav: boolean }) {
  return (
    <header className="border-b border-line bg-white/80 backdrop-blur">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      {/* On a phone the nav takes its own row under the name, so nothing is pushed off screen. */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-2 px-4 py-2 sm:flex-nowrap sm:gap-x-6 sm:py-3">
        <Link href="/app" className="font-serif text-xl font-semibold text-brand-800">
          Mend
        </Link>
        {showNav && (
          <nav
            aria-label="Main"
            className="order-last -mx-1.5 flex w-full overflow-x-auto text-sm sm:order-none sm:mx-0 sm:w-auto sm:gap-1"
          >
            <Link href="/app" className="rounded-lg px-1.5 py-2 hover:bg-brand-50 sm:px-3">
              Journey
            </Link>
            <Link href="/app/timeline" className="rounded-lg px-1.5 py-2 hover:bg-brand-50 sm:px-3">
              Timeline
            </Link>
            <Link href="/app/talks" className="rounded-lg px-1.5 py-2 hover:bg-brand-50 sm:px-3">
              Talks
            </Link>
            <Link href="/app/agreements" className="rounded-lg px-1.5 py-2 hover:bg-brand-50 sm:px-3">
              Agreements
            </Link>
            <Link href="/app/settings" className="rounded-lg px-1.5 py-2 hover:bg-brand-50 sm:px-3">
              Settings
            </Link>
          </nav>
        )}
        <div className="ml-auto flex items-center gap-2 text-sm">
          <UserText className="hidden text-muted sm:inline">{name}</UserText>
          {showNav && (
            <Link href="/app/safety" className="rounded-lg px-2 py-2 text-brand-700 hover:bg-brand-50">
              Safety
            </Link>
          )}
          <SignOutButton className="whitespace-nowrap" />
        </div>
      </div>
    </header>
  );
}
