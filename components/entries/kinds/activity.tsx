import { formatDay } from "@/lib/intl";
import { ActivityStatus, AddIdeaButton } from "@/components/stages/tools/tool-controls";
import type { KindView } from "@/components/entries/kinds/types";
import { UserText } from "@/components/ui/user-text";

export const activityView: KindView<"activity"> = {
  Body: ({ body }) => (
    <p className="break-words">
      <UserText>{body.title}</UserText>
      {/* A calendar day without a time: the same wherever it is rendered. */}
      {body.plannedFor ? <span className="text-muted"> · {formatDay(body.plannedFor)}</span> : null}
      <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">{body.status}</span>
    </p>
  ),
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
              <AddIdeaButton stageSlug={stage.slug} title={idea} />
            </li>
          ))}
        </ul>
      </details>
    ) : null,
};
