import { format, parseISO } from "date-fns";
import type { Exercise } from "@/lib/content/schema";
import type { EntryView } from "@/lib/server/entries/serialize";

/**
 * Read-only rendering of an entry's body. Text is rendered as React text nodes (escaped),
 * never as HTML, so nothing a partner types can run in anyone's browser.
 */
export function EntryBodyView({ entry, exercise }: { entry: Pick<EntryView, "kind" | "body">; exercise?: Exercise }) {
  const body = entry.body as Record<string, unknown>;
  switch (entry.kind) {
    case "prompt":
    case "reflection":
    case "accountability":
    case "letter": {
      const answers = (body.answers as string[] | undefined) ?? [];
      return (
        <dl className="space-y-3">
          {answers.map((answer, i) =>
            answer ? (
              <div key={i}>
                {exercise?.prompts[i] && <dt className="text-sm font-medium text-muted">{exercise.prompts[i]}</dt>}
                <dd className="whitespace-pre-wrap break-words">{answer}</dd>
              </div>
            ) : null,
          )}
        </dl>
      );
    }
    case "goal": {
      const steps = (body.steps as { text: string; done: boolean }[] | undefined) ?? [];
      return (
        <div>
          <p className="font-medium break-words">{String(body.title ?? "")}</p>
          {steps.length > 0 && (
            <ul className="mt-2 space-y-1 text-sm">
              {steps.map((s, i) => (
                <li key={i} className="flex gap-2">
                  <span aria-hidden>{s.done ? "✓" : "○"}</span>
                  <span className={s.done ? "text-muted line-through" : ""}>{s.text}</span>
                  <span className="sr-only">{s.done ? "(done)" : "(not done yet)"}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      );
    }
    case "homework":
      return (
        <p className="break-words">
          <span aria-hidden>{body.done ? "✓ " : "○ "}</span>
          {String(body.text ?? "")}
          <span className="sr-only">{body.done ? " (done)" : " (to do)"}</span>
        </p>
      );
    case "activity":
      return (
        <p className="break-words">
          {String(body.title ?? "")}
          {body.plannedFor ? <span className="text-muted"> · {format(parseISO(String(body.plannedFor)), "d MMM yyyy")}</span> : null}
          <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">{String(body.status ?? "idea")}</span>
        </p>
      );
    case "memory":
      return (
        <div>
          <p className="font-medium break-words">
            {String(body.title ?? "")}
            {body.date ? <span className="font-normal text-muted"> · {format(parseISO(String(body.date)), "d MMM yyyy")}</span> : null}
          </p>
          {body.text ? <p className="mt-1 whitespace-pre-wrap break-words">{String(body.text)}</p> : null}
        </div>
      );
    case "gratitude":
      return <p className="whitespace-pre-wrap break-words">{String(body.text ?? "")}</p>;
    default:
      return null;
  }
}
