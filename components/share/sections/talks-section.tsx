import { Section } from "@/components/share/sections/section";
import { EmptyState } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { UserText } from "@/components/ui/user-text";
import type { TherapistView } from "@/lib/server/share/therapist-view";
import { TALK_STATUS_LABELS } from "@/lib/talks/labels";
import { SHARE_SECTION_LABELS } from "@/lib/validation/share";

/** The couple's upcoming then past talks, with only the notes saved for a therapist. */
export function TalksSection({ talks }: { talks: NonNullable<TherapistView["talks"]> }) {
  return (
    <Section
      id="talks"
      title={SHARE_SECTION_LABELS.talks.label}
      intro="The couple's planned and past talks. Only notes a partner saved for a therapist appear; private and partner-only notes never do."
    >
      {talks.upcoming.length + talks.past.length === 0 ? (
        <EmptyState title="No talks yet" />
      ) : (
        <ul className="space-y-3">
          {[...talks.upcoming, ...talks.past].map((t) => (
            <li key={t.id} className="print-break-avoid rounded-xl border border-line bg-white p-4">
              <p className="text-xs text-muted">
                <LocalTime iso={t.startsAt.toISOString()} format="datetime" /> · {t.minutes} minutes · {TALK_STATUS_LABELS[t.status]}
              </p>
              <p className="mt-1 font-semibold break-words">
                <UserText>{t.topic}</UserText>
              </p>
              {t.notes.map((n) => (
                <div key={n.authorId} className="mt-2 rounded-lg bg-brand-50 p-3 text-sm">
                  <p className="text-xs text-muted">
                    <UserText>{n.authorName}</UserText>'s notes
                  </p>
                  <p className="mt-1 whitespace-pre-wrap break-words">{n.text}</p>
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
