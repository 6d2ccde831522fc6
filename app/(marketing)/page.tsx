import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { getStages } from "@/lib/content/stages";
import { currentUser } from "@/lib/server/access";

// What "static or cached where the nonce policy allows" means here. Every response carries a new
// CSP nonce (proxy.ts), so the page itself renders per request and can't be prerendered. What the
// page is made of doesn't change per request, so it is built once per process, here at module
// level: the stages from content/ and the illustration. The only per-request work is the session
// check for the header's buttons, and for a signed-out visitor (no session cookie) that reads no
// database at all.

const STAGES = getStages().map(({ slug, number, title, purpose }) => ({ slug, number, title, purpose }));

/**
 * Two paths that start far apart and come to walk side by side, not touching, each keeping its own
 * line. Made for Mend, in its own colours; decorative, so hidden from screen readers.
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

const EACH_OF_YOU = [
  {
    title: "On your own",
    text: "Your own account on your own device. A short daily check-in, private reflections, and a private safety check that only you ever see.",
  },
  {
    title: "Together",
    text: "Talks with turns, a written record of questions and answers, agreements you both accept, and commitments your partner confirms. A stage is done when both of you say so.",
  },
  {
    title: "For where you stand",
    text: "Some exercises are written for the partner who was hurt, who sets the pace and decides how much detail they want. Others are for the partner who broke trust, who takes responsibility and offers openness. Would rather not say? You read both.",
  },
] as const;

const THERAPIST = [
  "A read-only link: a therapist can read, never write.",
  "Only the sections the two of you tick, and never an entry you kept private.",
  "Every visit is logged, and both of you see when the link was opened.",
  "Either of you can revoke the link at any moment.",
] as const;

const PRIVACY = [
  ["Private by default", "What you write is yours until you choose to share it, with your partner or with a therapist."],
  ["No tracking", "No analytics, no advertising, no third-party scripts. Nothing is sold or shown to anyone else."],
  ["Export and delete", "Download everything you can see, leave the workspace, or delete your account, at any time."],
  ["Yours to host", "A practice or a couple can run Mend on their own server, with its own database."],
] as const;

export default async function LandingPage() {
  const user = await currentUser();
  return (
    <div className="min-h-dvh">
      <header className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-5">
        <span className="font-serif text-2xl font-semibold text-brand-800">Mend</span>
        <nav aria-label="Account" className="flex gap-2">
          {user ? (
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
      <main id="main" className="mx-auto max-w-5xl px-4 pb-16">
        <section className="grid items-center gap-8 py-8 sm:py-16 md:grid-cols-[3fr_2fr]">
          <div>
            <h1 className="max-w-2xl font-serif text-3xl font-semibold leading-tight sm:text-5xl">
              When trust has been broken, Mend gives the two of you a place to rebuild it.
            </h1>
            <p className="mt-5 max-w-2xl text-lg text-muted">
              Mend is a private, guided workspace for a couple after an affair, hidden money, or other lies. Each of you signs in on your
              own device and works through nine stages at your own pace, with no deadlines. You decide what to share, with each other and
              with a therapist if you have one.
            </p>
            <div className="mt-7 flex flex-wrap gap-3">
              {user ? (
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

        <section aria-labelledby="stages-heading" className="rounded-3xl border border-line bg-white p-5 sm:p-10">
          <h2 id="stages-heading" className="font-serif text-2xl font-semibold">
            Nine stages, in the order that fits you
          </h2>
          <p className="mt-2 max-w-2xl text-muted">
            There is a suggested order, not a locked one. People heal in loops, and setbacks are part of it. The stages follow a popular
            outline of how trust is rebuilt, not a clinical trial, and the texts draw on well-known couples-therapy practice.
          </p>
          <ol className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {STAGES.map((stage) => (
              <li key={stage.slug} className="rounded-2xl bg-paper p-4">
                <p className="text-sm font-medium text-brand-700">Stage {stage.number}</p>
                <p className="mt-1 font-semibold">{stage.title}</p>
                <p className="mt-1 text-sm text-muted">{stage.purpose}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="each-heading" className="mt-12">
          <h2 id="each-heading" className="font-serif text-2xl font-semibold">
            What each of you does
          </h2>
          <div className="mt-4 grid gap-6 md:grid-cols-3">
            {EACH_OF_YOU.map(({ title, text }) => (
              <div key={title}>
                <h3 className="font-semibold">{title}</h3>
                <p className="mt-1 text-muted">{text}</p>
              </div>
            ))}
          </div>
        </section>

        <section aria-labelledby="therapist-heading" className="mt-12 grid gap-6 rounded-3xl bg-brand-50 p-5 sm:p-10 md:grid-cols-2">
          <div>
            <h2 id="therapist-heading" className="font-serif text-2xl font-semibold">
              For a therapist
            </h2>
            <p className="mt-2 text-muted">
              If the two of you see a therapist, you can give them a link to follow along between sessions: progress through the stages, the
              check-in timeline, entries you marked for a therapist, questions held for a session.
            </p>
          </div>
          <ul className="space-y-2">
            {THERAPIST.map((line) => (
              <li key={line} className="flex gap-2">
                <span aria-hidden="true" className="mt-2.5 h-1.5 w-1.5 shrink-0 rounded-full bg-brand-700" />
                <span>{line}</span>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="privacy-heading" className="mt-12">
          <h2 id="privacy-heading" className="font-serif text-2xl font-semibold">
            What we promise about your privacy
          </h2>
          <dl className="mt-4 grid gap-6 sm:grid-cols-2">
            {PRIVACY.map(([title, text]) => (
              <div key={title}>
                <dt className="font-semibold">{title}</dt>
                <dd className="mt-1 text-muted">{text}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="care-heading" className="mt-12 rounded-2xl border border-line bg-white p-5 sm:p-6">
          <h2 id="care-heading" className="font-semibold">
            Mend is not a crisis service
          </h2>
          <p className="mt-1 text-muted">
            It doesn&apos;t replace a therapist, and it can&apos;t help in an emergency. If you are in danger, or afraid of your partner,
            call your local emergency number. Inside Mend, a quick-exit button on every page leaves at once, and support lines are one step
            away.
          </p>
        </section>
      </main>
      <footer className="border-t border-line py-6 text-center text-sm text-muted">
        Mend: a private space for two, and a therapist if you choose. ·{" "}
        <Link href="/signin" className="underline">
          Sign in
        </Link>
      </footer>
    </div>
  );
}
