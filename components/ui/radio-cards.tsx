import { useId } from "react";

/** A group of radio buttons drawn as tappable cards (44 px tall), the checked one highlighted. */
export function RadioCards<T extends string>({
  name,
  options,
  defaultValue,
  className = "flex flex-wrap gap-2",
}: {
  name: string;
  options: readonly { value: T; label: string; title?: string }[];
  /** Absent: nothing is preselected (an optional choice nobody has made yet). */
  defaultValue?: T;
  className?: string;
}) {
  return (
    <div className={className}>
      {options.map((o) => (
        <label
          key={o.value}
          title={o.title}
          className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
        >
          <input type="radio" name={name} value={o.value} defaultChecked={o.value === defaultValue} className="accent-brand-700" />
          {o.label}
        </label>
      ))}
    </div>
  );
}

/**
 * A labelled group of RadioCards with its hint and its field error: the one shape every card-style
 * choice in a form takes (who can see this, mood, intensity, side, kind of talk).
 */
export function RadioCardsFieldset<T extends string>({
  legend,
  hint,
  errors,
  onChange,
  className = "mt-2 flex flex-wrap gap-2",
  ...cards
}: {
  legend: string;
  hint?: string;
  errors?: string[];
  onChange?: React.FormEventHandler<HTMLFieldSetElement>;
  name: string;
  options: readonly { value: T; label: string; title?: string }[];
  defaultValue?: T;
  className?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const error = errors?.[0];
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} onChange={onChange}>
      <legend className="text-sm font-medium">{legend}</legend>
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      <RadioCards {...cards} className={className} />
      {error && (
        <p id={errorId} role="alert" className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
