import type { SupportRegion } from "@/lib/content/resources";

/** Support lines by country or area, each with when it was last checked. */
export function SupportLineList({ regions, headingLevel = 3 }: { regions: readonly SupportRegion[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-4">
      {regions.map((region) => (
        <section key={region.name} aria-label={region.name}>
          <Heading className="text-base font-semibold">{region.name}</Heading>
          <ul className="mt-1 space-y-1.5 text-sm">
            {region.entries.map((entry) => (
              <li key={entry.name} data-testid="support-line">
                {/* "Need to talk?" takes no colon after its own question mark. */}
                <span className="font-medium">{/[?!.]$/.test(entry.name) ? entry.name : `${entry.name}:`}</span> {entry.contact}{" "}
                <span className="whitespace-nowrap text-muted">({entry.checked})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The crisis lines, shown first to someone who said they have thought about harming themselves. */
export function CrisisLines({ regions }: { regions: readonly SupportRegion[] }) {
  return (
    <div
      className="rounded-xl border border-red-300 bg-red-50 p-4"
      data-testid="crisis-lines"
      role="region"
      aria-labelledby="crisis-lines-heading"
    >
      <h2 id="crisis-lines-heading" className="text-lg font-semibold">
        If you are thinking about harming yourself
      </h2>
      <p className="mt-1 text-sm">
        You don't have to carry this alone. These lines are free and answered by people trained to listen. If your country isn&apos;t
        listed, findahelpline.com lists lines for most countries. If you are in danger right now, call your local emergency number.
      </p>
      <div className="mt-3">
        <SupportLineList regions={regions} />
      </div>
    </div>
  );
}
