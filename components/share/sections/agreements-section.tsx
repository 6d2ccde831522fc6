import { Section } from "@/components/share/sections/section";
import { EmptyState } from "@/components/ui/card";
import { UserText } from "@/components/ui/user-text";
import type { TherapistView } from "@/lib/server/share/therapist-view";
import { CATEGORY_LABELS } from "@/lib/validation/agreement";
import { SHARE_SECTION_LABELS } from "@/lib/validation/share";

/** The agreements in force, each in its active version. */
export function AgreementsSection({ agreements }: { agreements: NonNullable<TherapistView["agreements"]> }) {
  return (
    <Section
      id="agreements"
      title={SHARE_SECTION_LABELS.agreements.label}
      intro="The agreements both partners have accepted, as they stand now."
    >
      {agreements.length === 0 ? (
        <EmptyState title="No agreements in force yet" />
      ) : (
        <ol className="space-y-3">
          {agreements.map((a) => (
            <li key={a.id} className="print-break-avoid rounded-xl border border-line bg-white p-4">
              <p className="text-xs font-medium text-brand-700">
                {CATEGORY_LABELS[a.active.category]} · version {a.active.number}
              </p>
              <p className="mt-1 font-semibold break-words">
                <UserText>{a.active.title}</UserText>
              </p>
              <p className="mt-1 text-sm whitespace-pre-wrap break-words">{a.active.text}</p>
              {a.active.scope && <p className="mt-1 text-sm break-words">What is shared: {a.active.scope}</p>}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
