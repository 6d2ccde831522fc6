import Link from "next/link";
import type { Stage } from "@/lib/content/schema";
import type { EntryView } from "@/lib/server/entries/serialize";
import { ToolSection } from "@/components/stages/tools/tool-section";
import { ActivityStatus, AddIdeaButton, GoalSteps, HomeworkCheck } from "@/components/stages/tools/tool-controls";

type Props = { stage: Stage; entries: EntryView[]; viewerId: string };

const ofKind = (entries: EntryView[], kind: string) => entries.filter((e) => e.kind === kind);

/** The tools a stage offers beyond its prompts (stages 5, 6 and 7; others arrive in later issues). */
export function StageTools({ stage, entries, viewerId }: Props) {
  const common = { stageSlug: stage.slug, viewerId };
  switch (stage.slug) {
    case "self-work":
      return (
        <ToolSection
          {...common}
          kind="goal"
          title="Personal growth goals"
          description="Each of you can set goals for your own growth, broken into small steps you can tick off."
          empty={{ title: "No goals yet", text: "Pick one thing you want to grow in, such as noticing when you get defensive, and two or three small steps." }}
          addLabel="Add a goal"
          defaultVisibility="partner"
          entries={ofKind(entries, "goal")}
          controls={(e) => (e.authorId === viewerId ? <GoalSteps id={e.id} steps={(e.body.steps as { text: string; done: boolean }[]) ?? []} /> : null)}
        />
      );
    case "professional-help":
      return (
        <>
          {stage.helpSigns && (
            <section aria-labelledby="help-signs" className="rounded-2xl border border-line bg-white p-4 sm:p-6">
              <h3 id="help-signs" className="font-serif text-xl font-semibold">
                Signs it may be time for a therapist
              </h3>
              <ul className="mt-3 list-disc space-y-1 pl-5">
                {stage.helpSigns.map((sign) => (
                  <li key={sign}>{sign}</li>
                ))}
              </ul>
              <p className="mt-3 text-sm text-muted">
                Already seeing someone? You can give them a{" "}
                <Link href="/app/settings/sharing" className="text-brand-700 underline">
                  read-only therapist link
                </Link>{" "}
                that shows only what you choose.
              </p>
            </section>
          )}
          <ToolSection
            {...common}
            kind="homework"
            title="Therapy homework"
            description="What your therapist suggested between sessions. Either of you can add items and tick them off."
            empty={{ title: "No homework yet", text: "After a session, add what you agreed to practise so it doesn't get lost in a busy week." }}
            addLabel="Add homework"
            defaultVisibility="therapist"
            entries={ofKind(entries, "homework")}
            controls={(e) => <HomeworkCheck id={e.id} done={Boolean(e.body.done)} label={String(e.body.text ?? "")} />}
          />
        </>
      );
    case "new-memories":
      return (
        <>
          <ToolSection
            {...common}
            kind="activity"
            title="Things to do together"
            description="Ideas, plans and the things you actually did. Light and small counts."
            empty={{ title: "Nothing planned yet", text: "Add one of the starter ideas or one of your own. Something short and easy is a good start." }}
            addLabel="Add your own idea or plan"
            defaultVisibility="partner"
            entries={ofKind(entries, "activity")}
            controls={(e) =>
              e.authorId === viewerId ? (
<ActivityStatus id={e.id} status={String(e.body.status ?? "idea")} />
              ) : null
            }
          >
            {stage.activityIdeas && (
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
            )}
          </ToolSection>
          <ToolSection
            {...common}
            kind="memory"
            title="Memory log"
            description="Good moments worth keeping, big or small."
            empty={{ title: "No memories logged yet", text: "After something good, even a calm walk, write a line about it here." }}
            addLabel="Log a memory"
            defaultVisibility="partner"
            entries={ofKind(entries, "memory")}
          />
          <ToolSection
            {...common}
            kind="gratitude"
            title="Gratitude notes"
            description="Short notes of thanks: for effort noticed, for kindness, for staying."
            empty={{ title: "No notes yet", text: "Notice one thing your partner did this week, and say thank you for it." }}
            addLabel="Write a gratitude note"
            defaultVisibility="partner"
            entries={ofKind(entries, "gratitude")}
          />
        </>
      );
    default:
      return null;
  }
}
