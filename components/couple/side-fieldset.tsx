import { SIDES, SIDE_LABELS, type Side } from "@/lib/validation/couple";

/** Which side of the breach a partner is on. Optional, changeable, and used only to adapt exercises. */
export function SideFieldset({ defaultValue, errors }: { defaultValue: Side; errors?: string[] }) {
  return (
    <fieldset className="space-y-2" aria-describedby="side-hint">
      <legend className="text-sm font-medium">Where are you in this? (optional)</legend>
      <p id="side-hint" className="text-sm text-muted">
        Some exercises are written for one side. Your partner sees this; you can change it any time.
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        {SIDES.map((side) => (
          <label key={side} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-line bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name="side" value={side} defaultChecked={side === defaultValue} className="accent-brand-700" />
            {SIDE_LABELS[side]}
          </label>
        ))}
      </div>
      {errors?.[0] && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {errors[0]}
        </p>
      )}
    </fieldset>
  );
}
