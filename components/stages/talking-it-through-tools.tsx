import Link from "next/link";
import { TOOL_ROUTES } from "@/lib/content/tools";

// The talking-it-through tools live on their own pages, linked from the stage that offers them.
const TOOLS = {
  talks: {
    href: TOOL_ROUTES.talks,
    title: "Structured talks",
    text: "Plan a time to talk, take turns speaking and reflecting back, pause when it gets heated, and keep notes and follow-ups.",
  },
  questions: {
    href: TOOL_ROUTES.questions,
    title: "Questions and answers",
    text: "Queue questions and answer them in writing; every revision is kept, and any question can wait for a therapy session.",
  },
  triggers: {
    href: TOOL_ROUTES.triggers,
    title: "Trigger log",
    text: "Note when the hurt comes back and how strong it was; your partner can answer with care, and each of you can write a plan.",
  },
} as const;
type TalkingItThroughTool = keyof typeof TOOLS;
const isTalkingItThroughTool = (feature: string): feature is TalkingItThroughTool => Object.hasOwn(TOOLS, feature);

/** The talking-it-through tools among a stage's features (lib/content/stage-features.ts), linked to their pages. */
export function TalkingItThroughTools({ features }: { features: readonly string[] }) {
  const tools = features.filter(isTalkingItThroughTool);
  if (tools.length === 0) return null;
  return (
    <section aria-labelledby="talking-it-through-tools-heading" className="space-y-3">
      <h2 id="talking-it-through-tools-heading" className="font-serif text-2xl font-semibold">
        Tools for this stage
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {tools.map((key) => (
          <li key={key} className="rounded-xl border border-line bg-white p-4">
            <Link href={TOOLS[key].href} className="font-semibold text-brand-700 underline">
              {TOOLS[key].title}
            </Link>
            <p className="mt-1 text-sm text-muted">{TOOLS[key].text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
