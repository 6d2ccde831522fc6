import { RadioCards } from "@/components/ui/radio-cards";
import { SIDES, SIDE_LABELS, type Side } from "@/lib/validation/couple";

/** Which side of the breach a partner is on. Optional, changeable, and used only to adapt exercises. */
export function SideFieldset({ defaultValue, errors }: { defaultValue: Side; errors?: string[] }) {
  return (
    <fieldset className="space-y-2" aria-describedby="side-hint">
      <legend className="text-sm font-medium">Where are you in this? (optional)</legend>
      <p id="side-hint" className="text-sm text-muted">
        Some exercises are written for one side. Your partner sees this; you can change it any time.
      </p>
      <RadioCards
        name="side"
        className="grid gap-2 sm:grid-cols-2"
        defaultValue={defaultValue}
        options={SIDES.map((side) => ({ value: side, label: SIDE_LABELS[side] }))}
      />
      {errors?.[0] && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {errors[0]}
        </p>
      )}
    </fieldset>
  );
}
