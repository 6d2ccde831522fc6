import { EmptyState } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { ReplyForm } from "@/components/triggers/trigger-forms";
import { UserText } from "@/components/ui/user-text";
import type { TriggerView } from "@/lib/server/triggers/read";
import { talkingItThroughContent } from "@/lib/content/talking-it-through";
import { formatLocalDate } from "@/lib/check-ins/dates";
import { VISIBILITY_LABELS } from "@/lib/entries/labels";
import { INTENSITY_LABELS } from "@/lib/validation/trigger";

/** The triggers both partners logged, newest first, each with its replies. */
export function TriggerLog({ triggers, viewerId }: { triggers: TriggerView[]; viewerId: string }) {
  const replies = talkingItThroughContent().attunedReplies;
  return (
    <section aria-labelledby="log-heading" className="space-y-3">
      <h2 id="log-heading" className="font-serif text-2xl font-semibold">
        Logged
      </h2>
      {triggers.length === 0 ? (
        <EmptyState title="No triggers logged">When one of you logs a trigger, it appears here with any replies.</EmptyState>
      ) : (
        <ul className="space-y-3">
          {triggers.map((t) => (
            <LoggedTrigger key={t.id} trigger={t} viewerId={viewerId} replyPrompts={replies} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One logged trigger: who, when, how strong, the shared note, the replies, and a reply form for the partner. */
function LoggedTrigger({ trigger: t, viewerId, replyPrompts }: { trigger: TriggerView; viewerId: string; replyPrompts: string[] }) {
  return (
    <li className="space-y-3 rounded-xl border border-line bg-white p-4" data-testid="trigger">
      <p className="text-xs text-muted">
        {t.isMine ? "You" : <UserText>{t.authorName}</UserText>} · {formatLocalDate(t.localDate, { weekday: true })} ·{" "}
        <LocalTime iso={t.createdAt.toISOString()} format="relative" />
      </p>
      <p className="font-semibold break-words">
        <UserText>{t.what}</UserText>
      </p>
      <p className="text-sm">
        Intensity <span className="font-semibold">{INTENSITY_LABELS[t.intensity]}</span>
      </p>
      {t.note && (
        <div className="rounded-lg bg-brand-50 p-3 text-sm">
          <p className="text-xs text-muted">Note · {VISIBILITY_LABELS[t.note.visibility].label}</p>
          <p className="mt-1 whitespace-pre-wrap break-words">{t.note.text}</p>
        </div>
      )}
      {t.replies.length > 0 && (
        <ul className="space-y-2 border-l-2 border-brand-600/40 pl-3">
          {t.replies.map((r) => (
            <li key={r.id} className="text-sm" data-testid="trigger-reply">
              <p className="text-xs text-muted">
                {r.authorId === viewerId ? "You" : <UserText>{r.authorName}</UserText>} replied ·{" "}
                <LocalTime iso={r.createdAt.toISOString()} format="relative" />
              </p>
              <p className="whitespace-pre-wrap break-words">{r.text}</p>
            </li>
          ))}
        </ul>
      )}
      {!t.isMine && (
        <details open={t.replies.every((r) => r.authorId !== viewerId)} className="border-t border-line pt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">Reply with care</summary>
          <div className="mt-3">
            <ReplyForm id={t.id} prompts={replyPrompts} />
          </div>
        </details>
      )}
    </li>
  );
}
