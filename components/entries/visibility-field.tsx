import { RadioCardsFieldset } from "@/components/ui/radio-cards";
import { VISIBILITIES, VISIBILITY_LABELS, type Visibility } from "@/lib/entries/labels";

export function VisibilityField({
  defaultValue,
  errors,
  name = "visibility",
}: {
  defaultValue: Visibility;
  errors?: string[];
  name?: string;
}) {
  return (
    <RadioCardsFieldset
      legend="Who can see this?"
      name={name}
      defaultValue={defaultValue}
      errors={errors}
      options={VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v].label, title: VISIBILITY_LABELS[v].hint }))}
    />
  );
}

const badgeStyles: Record<Visibility, string> = {
  private: "bg-stone-100 text-stone-800",
  partner: "bg-brand-50 text-brand-800",
  therapist: "bg-warm-100 text-warm-700",
};

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${badgeStyles[visibility]}`}>{VISIBILITY_LABELS[visibility].label}</span>
  );
}
