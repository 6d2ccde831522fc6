import { guideHtml } from "@/lib/content/guides";

/** The folded guide at the foot of the Q&A; the ask card's link to #guide lands here. */
export function QuestionsGuide() {
  return (
    <details className="rounded-2xl border border-line bg-white p-5 sm:p-6">
      <summary className="cursor-pointer font-serif text-xl font-semibold">Which details help, and which keep the hurt circling</summary>
      {/* A link to #guide opens the details (browsers expand a closed <details> around a fragment target). */}
      <div id="guide" className="prose-mend mt-2 max-w-prose scroll-mt-24" dangerouslySetInnerHTML={{ __html: guideHtml("questions") }} />
    </details>
  );
}
