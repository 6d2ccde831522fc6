import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { getStages } from "@/lib/content/stages";
import { currentUser } from "@/lib/server/access";

export default async function LandingPage() {
  const [user, stages] = [await currentUser(), getStages()];
  return (
    <div className="min-h-dvh">
      <header className="mx-auto flex max-w-5xl items-center justify-between px-4 py-5">
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
      <main id="main" className="mx-auto max-w-5xl px-4 pb-20">
        <section className="py-12 sm:py-20">
          <h1 className="max-w-3xl font-serif text-4xl font-semibold leading-tight sm:text-5xl">
            When trust is broken, rebuilding it is a path you walk together.
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-muted">
            Mend is a private, guided workspace for a couple after a breach of trust. Each of you signs in on your own device, works through
            nine stages at your own pace, and decides what to share, with each other and with a therapist if you have one.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href={user ? "/app" : "/signup"}>{user ? "Continue your journey" : "Create your workspace"}</ButtonLink>
            {!user && (
              <ButtonLink variant="secondary" href="/signin">
                I have an invite or an account
              </ButtonLink>
            )}
          </div>
        </section>

        <section aria-labelledby="stages-heading" className="rounded-3xl border border-line bg-white p-6 sm:p-10">
          <h2 id="stages-heading" className="font-serif text-2xl font-semibold">
            Nine stages, in the order that fits you
          </h2>
          <p className="mt-2 max-w-2xl text-muted">There is a suggested order, not a locked one. People heal in loops, and Mend follows.</p>
          <ol className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {stages.map((stage) => (
              <li key={stage.slug} className="rounded-2xl bg-paper p-4">
                <p className="text-sm font-medium text-brand-700">Stage {stage.number}</p>
                <p className="mt-1 font-semibold">{stage.title}</p>
                <p className="mt-1 text-sm text-muted">{stage.purpose}</p>
              </li>
            ))}
          </ol>
        </section>

        <section className="mt-12 grid gap-6 sm:grid-cols-3">
          {[
            [
              "Private by default",
              "Reflections and letters stay yours until you choose to share them. Nothing is sold or shown to anyone else.",
            ],
            ["Two people, one space", "Both of you see shared progress, and a stage is done only when you both say so."],
            ["Your therapist, read-only", "Give a therapist a link that shows only what you pick, and see every visit."],
          ].map(([title, text]) => (
            <div key={title}>
              <h2 className="font-semibold">{title}</h2>
              <p className="mt-1 text-sm text-muted">{text}</p>
            </div>
          ))}
        </section>
      </main>
      <footer className="border-t border-line py-6 text-center text-sm text-muted">
        Mend is not a crisis service. If you are in danger, contact your local emergency number. ·{" "}
        <Link href="/signin" className="underline">
          Sign in
        </Link>
      </footer>
    </div>
  );
}
