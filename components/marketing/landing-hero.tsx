import { ButtonLink } from "@/components/ui/button";

/**
 * Two paths that start far apart and come to walk side by side, not touching, each keeping its own
 * line. Made for Mend, in its own colours; decorative, so hidden from screen readers. Built once per
 * process, at module level (see app/(marketing)/page.tsx).
 */
const ILLUSTRATION = (
  <svg
    viewBox="0 0 320 200"
    aria-hidden="true"
    focusable="false"
    className="h-auto w-full max-w-60 md:max-w-sm"
    data-testid="landing-illustration"
  >
    <ellipse cx="200" cy="104" rx="118" ry="78" className="fill-brand-50" />
    <path
      d="M20 36 C 70 30, 92 64, 112 80 S 150 100, 196 96 S 270 92, 304 92"
      fill="none"
      strokeWidth="7"
      strokeLinecap="round"
      className="stroke-brand-700"
    />
    <path
      d="M20 170 C 58 176, 84 150, 104 132 S 148 110, 196 110 S 270 108, 304 108"
      fill="none"
      strokeWidth="7"
      strokeLinecap="round"
      className="stroke-warm-700"
    />
    <circle cx="20" cy="36" r="9" className="fill-brand-700" />
    <circle cx="20" cy="170" r="9" className="fill-warm-700" />
  </svg>
);

/** What Mend is, in one heading and one paragraph, with the first step. */
export function LandingHero({ signedIn }: { signedIn: boolean }) {
  return (
    <section className="grid items-center gap-8 py-8 sm:py-16 md:grid-cols-[3fr_2fr]">
      <div>
        <h1 className="max-w-2xl font-serif text-3xl font-semibold leading-tight sm:text-5xl">
          When trust has been broken, Mend gives the two of you a place to rebuild it.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-muted">
          Mend is a private, guided workspace for a couple after an affair, hidden money, or other lies. Each of you signs in on your own
          device and works through nine stages at your own pace, with no deadlines. You decide what to share, with each other and with a
          therapist if you have one.
        </p>
        <div className="mt-7 flex flex-wrap gap-3">
          {signedIn ? (
            <ButtonLink href="/app">Open your workspace</ButtonLink>
          ) : (
            <>
              <ButtonLink href="/signup">Create your workspace</ButtonLink>
              <ButtonLink variant="secondary" href="/signin">
                I have an invite or an account
              </ButtonLink>
            </>
          )}
        </div>
      </div>
      <div className="flex justify-center md:justify-end">{ILLUSTRATION}</div>
    </section>
  );
}
