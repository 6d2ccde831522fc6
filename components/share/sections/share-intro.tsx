import { PrintButton } from "@/components/share/print-button";
import { LocalTime } from "@/components/ui/local-time";
import { UserText, UserTextList } from "@/components/ui/user-text";
import type { TherapistView } from "@/lib/server/share/therapist-view";

/** Who the view is for and about, what the therapist may do with it, and how long the link lasts. */
export function ShareIntro({ view }: { view: Pick<TherapistView, "therapistName" | "coupleName" | "partners" | "expiresAt"> }) {
  const names = view.partners.length ? <UserTextList items={view.partners.map((p) => p.name)} /> : null;
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm font-medium text-brand-700">
          Shared with <UserText>{view.therapistName}</UserText>
        </p>
        <h1 className="mt-1 font-serif text-3xl font-semibold break-words">
          <UserText>{view.coupleName}</UserText>
        </h1>
        {names && <p className="mt-1 text-muted">{names}</p>}
      </div>
      <div role="note" className="rounded-xl border border-brand-600/30 bg-brand-50 p-4 text-sm leading-relaxed">
        <p>
          <strong className="font-semibold">You can read this page, not change it.</strong> It shows only what {names || "the couple"} chose
          to share with you, as it stands right now. Each visit is listed for them to see. This link works until{" "}
          <LocalTime iso={view.expiresAt.toISOString()} format="date" />, unless they switch it off sooner.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <PrintButton />
        <p className="print-only text-sm">
          Printed from Mend on <LocalTime iso={new Date().toISOString()} /> · read-only copy for <UserText>{view.therapistName}</UserText>
        </p>
      </div>
    </div>
  );
}

/** Shown while joint work is paused: never who paused it, never why (decision 008). */
export function JointPausedNote() {
  return (
    <div role="note" className="rounded-xl border border-warm-700/30 bg-warm-100 p-4 text-sm leading-relaxed" data-testid="joint-paused">
      <p>
        <strong className="font-semibold">Joint work is paused.</strong> One of the partners has paused the exercises they do together. Each
        can still work on their own. Mend doesn't say who paused it or why.
      </p>
    </div>
  );
}
