import { RadioCards } from "@/components/ui/radio-cards";
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
    <fieldset>
      <legend className="text-sm font-medium">Who can see this?</legend>
      <RadioCards
        name={name}
        className="mt-2 flex flex-wrap gap-2"
        defaultValue={defaultValue}
        options={VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v].label, title: VISIBILITY_LABELS[v].hint }))}
      />
      {errors?.[0] && (
        <p role="alert" className="mt-1 text-sm font-medium text-red-800">
          {errors[0]}
        </p>
      )}
    </fieldset>
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
