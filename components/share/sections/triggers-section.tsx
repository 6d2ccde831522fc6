import { Section } from "@/components/share/sections/section";
import { TriggerTable } from "@/components/triggers/trigger-table";
import { UserText } from "@/components/ui/user-text";
import { formatLocalDate } from "@/lib/check-ins/dates";
import type { TherapistView } from "@/lib/server/share/therapist-view";
import { SHARE_SECTION_LABELS } from "@/lib/validation/share";

/** Weekly trigger counts and intensity, newest week first, then the notes saved for a therapist. */
export function TriggersSection({ triggers }: { triggers: NonNullable<TherapistView["triggers"]> }) {
  return (
    <Section
      id="triggers"
      title={SHARE_SECTION_LABELS.triggers.label}
      intro="How many times the hurt came back each week and how strong it felt (1 to 5). What happened stays between the partners; only notes saved for a therapist appear."
    >
      <TriggerTable
        unit="week"
        label="Triggers per week"
        rows={[...triggers.weeks]
          .reverse()
          .map((w) => ({ key: w.end, label: w.longLabel, count: w.count, average: w.average, strongest: w.strongest }))}
      />
      {triggers.shared.length > 0 && (
        <ul className="space-y-2">
          {triggers.shared.map((t) => (
            <li key={t.id} className="print-break-avoid rounded-xl border border-line bg-white p-3 text-sm">
              <p className="text-xs text-muted">
                <UserText>{t.authorName}</UserText> · {formatLocalDate(t.localDate, { weekday: true })} · intensity {t.intensity} of 5
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words">{t.note!.text}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
