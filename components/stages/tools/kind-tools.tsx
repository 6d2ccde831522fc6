import { ActivityStatus, AddIdeaButton, GoalSteps, HomeworkCheck } from "@/components/stages/tools/tool-controls";
import type { Stage } from "@/lib/content/schema";
import { KINDS, type EntryKind } from "@/lib/entries/kinds";
import type { EntryViewOf } from "@/lib/server/entries/serialize";

/**
 * What a stage tool adds around a kind's read-only body (components/entries/kinds): the partners'
 * controls. Kept apart from the bodies so that the therapist view, which shows the bodies, never
 * loads these forms.
 */
export type KindTool<K extends EntryKind> = {
  /** Controls under an item (tick a step, mark homework done…). */
  controls?: (entry: EntryViewOf<K>, viewerId: string) => React.ReactNode;
  /** Shown at the top of the kind's tool section (starter ideas…). */
  ToolIntro?: (props: { stage: Stage }) => React.ReactNode;
};

const KIND_TOOLS: { [K in EntryKind]?: KindTool<K> } = {
  // Only the goal's author ticks its steps.
  goal: { controls: (entry, viewerId) => (entry.authorId === viewerId ? <GoalSteps id={entry.id} steps={entry.body.steps} /> : null) },
  // A shared list: either partner ticks.
  homework: { controls: (entry) => <HomeworkCheck id={entry.id} done={entry.body.done} label={entry.body.text} /> },
  activity: {
    // The author moves their own items along.
    controls: (entry, viewerId) => (entry.authorId === viewerId ? <ActivityStatus id={entry.id} status={entry.body.status} /> : null),
    ToolIntro: ({ stage }) =>
      stage.activityIdeas ? (
        <details className="mt-3 rounded-xl bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium">Starter ideas ({stage.activityIdeas.length})</summary>
          <ul className="mt-3 grid gap-1 sm:grid-cols-2">
            {stage.activityIdeas.map((idea) => (
              <li key={idea} className="flex items-center justify-between gap-2 text-sm">
                <span>{idea}</span>
                <AddIdeaButton stageSlug={stage.slug} title={idea} visibility={KINDS.activity.defaultVisibility} />
              </li>
            ))}
          </ul>
        </details>
      ) : null,
  },
};

export function toolOf<K extends EntryKind>(kind: K): KindTool<K> | undefined {
  return KIND_TOOLS[kind];
}
