import { ButtonLink } from "@/components/ui/button";

/** Mend's name, and the way in: the workspace when signed in, else signing in or up. */
export function LandingHeader({ signedIn }: { signedIn: boolean }) {
  return (
    <header className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-5">
      <span className="font-serif text-2xl font-semibold text-brand-800">Mend</span>
      <nav aria-label="Account" className="flex gap-2">
        {signedIn ? (
          <ButtonLink href="/app">Open your workspace</ButtonLink>
        ) : (
          <>
            <ButtonLink variant="ghost" href="/signin">
              Sign in
            </ButtonLink>
            <ButtonLink href="/signup">Get started</ButtonLink>
          </>
        )}
      </nav>
    </header>
  );
}
