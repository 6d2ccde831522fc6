/** One section of the therapist view: a level-2 heading (labelled by `${id}-heading`), an optional intro, then its content. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <div>
        <h2 id={`${id}-heading`} className="font-serif text-2xl font-semibold">
          {title}
        </h2>
        {intro && <p className="mt-1 max-w-prose text-sm text-muted">{intro}</p>}
      </div>
      {children}
    </section>
  );
}
