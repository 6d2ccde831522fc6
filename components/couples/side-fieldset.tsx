import { RadioCardsFieldset } from "@/components/ui/radio-cards";
import { SIDES, SIDE_LABELS, type Side } from "@/lib/validation/couple-options";

/** Which side of the breach a partner is on. Optional, changeable, and used only to adapt exercises. */
export function SideFieldset({ defaultValue, errors }: { defaultValue: Side; errors?: string[] }) {
  return (
    <RadioCardsFieldset
      legend="Where are you in this? (optional)"
      hint="Some exercises are written for one side. Your partner sees this; you can change it any time."
      name="side"
      className="mt-2 grid gap-2 sm:grid-cols-2"
      defaultValue={defaultValue}
      errors={errors}
      options={SIDES.map((side) => ({ value: side, label: SIDE_LABELS[side] }))}
    />
  );
}
