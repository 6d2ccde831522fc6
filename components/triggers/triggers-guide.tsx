import { guideHtml } from "@/lib/content/guides";

/** The folded guide under the trigger log. */
export function TriggersGuide() {
  return (
    <details className="rounded-2xl border border-line bg-white p-5 sm:p-6">
      <summary className="cursor-pointer font-serif text-xl font-semibold">About triggers, and replying with care</summary>
      <div className="prose-mend mt-2 max-w-prose" dangerouslySetInnerHTML={{ __html: guideHtml("triggers") }} />
    </details>
  );
}
