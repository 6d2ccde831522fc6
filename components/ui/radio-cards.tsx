/** A group of radio buttons drawn as tappable cards (44 px tall), the checked one highlighted. */
export function RadioCards<T extends string>({
  name,
  options,
  defaultValue,
  className = "flex flex-wrap gap-2",
}: {
  name: string;
  options: readonly { value: T; label: string; title?: string }[];
  defaultValue: T;
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
