const PRIVACY = [
  ["Private by default", "What you write is yours until you choose to share it, with your partner or with a therapist."],
  ["No tracking", "No analytics, no advertising, no third-party scripts. Nothing is sold or shown to anyone else."],
  ["Export and delete", "Download everything you can see, leave the workspace, or delete your account, at any time."],
  ["Yours to host", "A practice or a couple can run Mend on their own server, with its own database."],
] as const;

/** What Mend promises about what the two of you write. */
export function PrivacyPromises() {
  return (
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
  );
}

/** What Mend is not: a crisis service or a therapist, and where to turn instead. */
export function NotACrisisService() {
  return (
    <section aria-labelledby="care-heading" className="mt-12 rounded-2xl border border-line bg-white p-5 sm:p-6">
      <h2 id="care-heading" className="font-semibold">
        Mend is not a crisis service
      </h2>
      <p className="mt-1 text-muted">
        It doesn&apos;t replace a therapist, and it can&apos;t help in an emergency. If you are in danger, or afraid of your partner, call
        your local emergency number. Inside Mend, a quick-exit button on every page leaves at once, and support lines are one step away.
      </p>
    </section>
  );
}
