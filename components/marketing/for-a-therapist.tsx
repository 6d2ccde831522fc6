const THERAPIST = [
  "A read-only link: a therapist can read, never write.",
  "Only the sections the two of you tick, and never an entry you kept private.",
  "Every visit is logged, and both of you see when the link was opened.",
  "Either of you can revoke the link at any moment.",
] as const;

/** What a therapist's link shows, and the limits the couple keeps on it. */
export function ForATherapist() {
  return (
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
  );
}
