import { Card } from "@/components/ui/card";
import { TalkNoteForm } from "@/components/talks/talk-forms";
import { UserText } from "@/components/ui/user-text";
import type { TalkNoteView } from "@/lib/server/talks/read";
import { VISIBILITY_LABELS } from "@/lib/entries/labels";

/** A started talk's notes: the viewer's own, to write, and whatever the partner shared. */
export function TalkNotes({ talkId, notes, partnerName }: { talkId: string; notes: TalkNoteView[]; partnerName: string }) {
  const myNote = notes.find((n) => n.isMine);
  const theirNote = notes.find((n) => !n.isMine);
  return (
    <Card className="space-y-3">
      <h2 className="font-serif text-xl font-semibold">Notes</h2>
      <TalkNoteForm id={talkId} text={myNote?.text ?? ""} visibility={myNote?.visibility ?? "private"} />
      <div className="border-t border-line pt-3" data-testid="partner-note">
        <h3 className="text-sm font-semibold">
          <UserText>{partnerName}</UserText>'s notes
        </h3>
        {theirNote ? (
          <>
            <p className="text-xs text-muted">{VISIBILITY_LABELS[theirNote.visibility].label}</p>
            <p className="mt-1 text-sm whitespace-pre-wrap break-words">{theirNote.text}</p>
          </>
        ) : (
          <p className="text-sm text-muted">Nothing shared with you.</p>
        )}
      </div>
    </Card>
  );
}
