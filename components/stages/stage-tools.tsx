import Link from "next/link";
import type { Stage } from "@/lib/content/schema";
import { toolsOf } from "@/lib/entries/kinds";
import { entriesOf, type EntryView } from "@/lib/server/entries/serialize";
import { ToolSection } from "@/components/stages/tools/tool-section";

type Props = { stage: Stage; entries: EntryView[]; viewerId: string };

/** What a stage offers beyond its exercises: its help signs and the tools the registry offers on it. */
export function StageTools({ stage, entries, viewerId }: Props) {
  return (
    <>
      {stage.helpSigns && <HelpSigns signs={stage.helpSigns} />}
      {/* A tool with a page of its own (the decision point's private notes) is written there, not here. */}
      {toolsOf(stage.slug)
        .filter((tool) => !tool.tool.page)
        .map((tool) => (
          <ToolSection key={tool.kind} stage={stage} tool={tool} entries={entriesOf(entries, tool.kind)} viewerId={viewerId} />
        ))}
    </>
  );
}

function HelpSigns({ signs }: { signs: string[] }) {
  return (
    <section aria-labelledby="help-signs" className="rounded-2xl border border-line bg-white p-4 sm:p-6">
      <h3 id="help-signs" className="font-serif text-xl font-semibold">
        Signs it may be time for a therapist
      </h3>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-muted">
        Already seeing someone? You can give them a{" "}
        <Link href="/app/settings/sharing" className="text-brand-700 underline">
          read-only therapist link
        </Link>{" "}
        that shows only what you choose. Before a first session, each of you can fill in an{" "}
        <Link href="/app/settings/intake" className="text-brand-700 underline">
          intake summary
        </Link>{" "}
        for them.
      </p>
    </section>
  );
}
