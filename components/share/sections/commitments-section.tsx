import { KeptRateChart } from "@/components/commitments/kept-rate-chart";
import { Section } from "@/components/share/sections/section";
import { EmptyState } from "@/components/ui/card";
import { UserText } from "@/components/ui/user-text";
import type { TherapistView } from "@/lib/server/share/therapist-view";
import { CADENCE_LABELS } from "@/lib/validation/commitment";
import { SHARE_SECTION_LABELS } from "@/lib/validation/share";

/** Each commitment with its owner, cadence and kept-rates over 4 and 12 weeks. */
export function CommitmentsSection({ commitments }: { commitments: NonNullable<TherapistView["commitments"]> }) {
  return (
    <Section
      id="commitments"
      title={SHARE_SECTION_LABELS.commitments.label}
      intro="Kept-rate counts kept occasions the other partner confirmed; disputed ones are left out and kept for the two of them to talk through."
    >
      {commitments.length === 0 ? (
        <EmptyState title="No commitments yet" />
      ) : (
        <ul className="space-y-3">
          {commitments.map((c) => (
            <li key={c.id} className="print-break-avoid rounded-xl border border-line bg-white p-4">
              <p className="text-xs font-medium text-brand-700">
                <UserText>{c.ownerName}</UserText> · {CADENCE_LABELS[c.cadence]}
              </p>
              <p className="mt-1 font-semibold break-words">
                <UserText>{c.what}</UserText>
              </p>
              <div className="mt-2 flex flex-wrap gap-6">
                <KeptRateChart rate={c.rate4} label={c.what} />
                <KeptRateChart rate={c.rate12} label={c.what} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
