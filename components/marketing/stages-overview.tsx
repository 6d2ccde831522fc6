import { getStages } from "@/lib/content/stages";

// Read from content/ once per process, at module level, not per request (see app/(marketing)/page.tsx).
const STAGES = getStages().map(({ slug, number, title, purpose }) => ({ slug, number, title, purpose }));

/** The nine stages, each with its purpose. */
export function StagesOverview() {
  return (
    <section aria-labelledby="stages-heading" className="rounded-3xl border border-line bg-white p-5 sm:p-10">
      <h2 id="stages-heading" className="font-serif text-2xl font-semibold">
        Nine stages, in the order that fits you
      </h2>
      <p className="mt-2 max-w-2xl text-muted">
        There is a suggested order, not a locked one. People heal in loops, and setbacks are part of it. The stages follow a popular outline
        of how trust is rebuilt, not a clinical trial, and the texts draw on well-known couples-therapy practice.
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
  );
}
